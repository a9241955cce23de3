/**
 * Content collections. Every guide page, planning approach and worksheet is
 * checked against these schemas when the site builds, so a page that names a
 * stage, source or worksheet that does not exist stops the build with the
 * file and field named.
 */
import { readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { STAGE_IDS } from './lib/cycle';
import { SOURCE_IDS } from './data/sources';
import { LENS_IDS, lensIdProblems } from './model/ids';
import { FieldDefinitionSchema } from './fields/definitions';
import { fieldRefsOf } from './worksheets/field-refs';
import { SummarySchema } from './worksheets/summary';

const stageId = z.enum(STAGE_IDS);

/**
 * The ids of the worksheets on disk. Astro's own reference() only logs a
 * dangling id, so a link to a missing worksheet is checked here instead and
 * fails the build with the file and field named.
 */
function worksheetIdsOnDisk(): Set<string> {
  const files = readdirSync(new URL('../content/worksheets/', import.meta.url), { withFileTypes: true });
  return new Set(files.filter((file) => file.isFile() && file.name.endsWith('.mdx')).map((file) => file.name.slice(0, -4)));
}

/** The ids of the planning approaches on disk (their file names), the source of `LENS_IDS`. */
function lensIdsOnDisk(): string[] {
  const files = readdirSync(new URL('../content/lenses/', import.meta.url), { withFileTypes: true });
  return files.filter((file) => file.isFile() && file.name.endsWith('.mdx')).map((file) => file.name.slice(0, -4));
}

const worksheetId = z.string().refine((id) => worksheetIdsOnDisk().has(id), {
  error: (issue) => `there is no worksheet "${String(issue.input)}" in content/worksheets/`,
});
const sourceId = z.enum(SOURCE_IDS);

/** A question a planning approach adds to one stage. */
const lensQuestion = z.strictObject({
  /** Stable id, unique within the approach; answers are saved under it. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and hyphens'),
  /** The question, in plain UK English. */
  prompt: z.string().min(10),
  /** An optional nudge shown under the question. */
  hint: z.string().optional(),
});

const guide = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/guide' }),
  schema: z.strictObject({
    /** The page heading and the start of the browser tab title. */
    title: z.string().min(3),
    /** One or two sentences for search results and link previews. */
    description: z.string().min(20).max(200),
    /** Where the page sits in the reading order (lower first). */
    order: z.number().int().nonnegative(),
    /** Set on the five stage pages: which stage of the cycle the page explains. */
    stage: stageId.optional(),
    /** Worksheets the page points to by id; a missing one fails the build. */
    worksheets: z.array(worksheetId).default([]),
    /** Sources the page cites; listed at the foot of the page. */
    sources: z.array(sourceId).default([]),
  }),
});

const lenses = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/lenses' }),
  schema: z.strictObject({
    /** Full name of the planning approach. */
    title: z.string().min(3),
    /** A short name for tight spaces such as the navigation. */
    shortTitle: z.string().min(3).max(30),
    /** One or two sentences for search results and link previews. */
    description: z.string().min(20).max(200),
    /** Position among the four approaches, 1 to 4. */
    order: z.number().int().min(1).max(4),
    /** Signs that this approach suits a team right now. */
    chooseWhen: z.array(z.string().min(10)).min(2),
    /** The questions the approach adds at each stage of the cycle. */
    questions: z.strictObject({
      reflect: z.array(lensQuestion).min(2),
      plan: z.array(lensQuestion).min(2),
      implement: z.array(lensQuestion).min(2),
      measure: z.array(lensQuestion).min(2),
    }),
    /** Sources the page cites; listed at the foot of the page. */
    sources: z.array(sourceId).default([]),
  })
    .superRefine((_lens, context) => {
      // Saved workbooks store approach ids, so the list the browser checks them with must match these files.
      for (const message of lensIdProblems(lensIdsOnDisk())) context.addIssue({ code: 'custom', message });
    }),
});

/** Every field id on a worksheet must be different: answers are saved under them. */
function duplicateIds(fields: readonly { id: string }[]): string[] {
  const seen = new Set<string>();
  return fields.filter((field) => seen.has(field.id) || !seen.add(field.id)).map((field) => field.id);
}

const worksheets = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/worksheets' }),
  schema: z
    .strictObject({
      /** The stage this worksheet belongs to. */
      stage: stageId,
      /** Position within its stage (lower first). */
      order: z.number().int().nonnegative(),
      /** The worksheet's name. */
      title: z.string().min(3),
      /** One sentence on what the worksheet is for. */
      purpose: z.string().min(10).max(240),
      /** Roughly how long it takes a team, in minutes. */
      minutes: z.number().int().min(5).max(240),
      /** The fields, in the order they are asked. */
      fields: z.array(FieldDefinitionSchema).min(1),
      /** Which of its fields (and columns) make the plan on a page; checked with the other worksheets at build time. */
      summary: z.optional(SummarySchema),
      /** Sources the worksheet's guidance cites. */
      sources: z.array(sourceId).default([]),
    })
    .superRefine((sheet, context) => {
      for (const id of duplicateIds(sheet.fields)) {
        context.addIssue({ code: 'custom', path: ['fields'], message: `two fields share the id "${id}"` });
      }
      sheet.fields.forEach((field, index) => {
        if (field.setup !== 'approaches' || field.type !== 'multi-choice' || !field.options) return;
        const offered = new Set(field.options.map((option) => option.value));
        const missing = LENS_IDS.filter((id) => !offered.has(id));
        const unknown = [...offered].filter((id) => !(LENS_IDS as readonly string[]).includes(id));
        if (missing.length > 0 || unknown.length > 0) {
          context.addIssue({ code: 'custom', path: ['fields', index, 'options'], message: `offer exactly the planning approaches in content/lenses/ (${[...missing.map((id) => `missing "${id}"`), ...unknown.map((id) => `no approach "${id}"`)].join(', ')})` });
        }
      });
      const onDisk = worksheetIdsOnDisk();
      for (const { path, ref } of fieldRefsOf(sheet.fields)) {
        if (ref.worksheet && !onDisk.has(ref.worksheet)) {
          context.addIssue({ code: 'custom', path, message: `there is no worksheet "${ref.worksheet}" in content/worksheets/` });
        }
      }
    }),
});

export const collections = { guide, lenses, worksheets };
