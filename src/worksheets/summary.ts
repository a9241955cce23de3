/**
 * What makes the plan on a page, declared in worksheet frontmatter:
 *
 * ```yaml
 * summary:
 *   actions: { field: actions, columns: { action: action, priority: priority, lead: lead, due: due, status: status } }
 * ```
 *
 * Each of the page's four sections (priorities, actions, indicators and
 * their results) is filled from the one field a worksheet names for it.
 * The content schema checks the shape; `summaryProblems` checks, over all
 * worksheets at build time, that every section is declared exactly once
 * and names a field (and columns) of the right kind, so a bad or missing
 * declaration stops the build with the file and field named.
 */
import * as z from 'zod/mini';
import { SlugSchema } from '../fields/common';
import type { FieldDefinition } from '../fields/definitions';

/** A field on the declaring worksheet that fills one section. */
const SectionSchema = z.strictObject({
  /** The field's id on this worksheet. */
  field: SlugSchema,
});

/** The actions table, with the column that fills each of the page's columns. */
const ActionsSectionSchema = z.strictObject({
  /** The table field's id on this worksheet. */
  field: SlugSchema,
  /** Which of the table's columns is shown as each column of the page. */
  columns: z.strictObject({
    /** What will be done (rows with none are left out). */
    action: SlugSchema,
    /** The priority it serves: a choice column. */
    priority: SlugSchema,
    /** Who leads it. */
    lead: SlugSchema,
    /** When it is due: a date column. */
    due: SlugSchema,
    /** How it is going: a status column. */
    status: SlugSchema,
  }),
});

/** A worksheet's part of the plan on a page: the sections its fields fill. */
export const SummarySchema = z.strictObject({
  /** The field whose items are the team's chosen priorities. */
  priorities: z.optional(SectionSchema),
  /** The table of actions. */
  actions: z.optional(ActionsSectionSchema),
  /** The indicator field (define mode) listing baselines and targets. */
  indicators: z.optional(SectionSchema),
  /** The indicator field (follow-up mode) holding the latest measurements. */
  results: z.optional(SectionSchema),
});
/** A worksheet's part of the plan on a page. */
export type Summary = z.infer<typeof SummarySchema>;
/** One of the plan on a page's sections. */
export type SummarySection = keyof Summary;

/** Every section, in the order problems are reported. */
export const SUMMARY_SECTIONS: readonly SummarySection[] = ['priorities', 'actions', 'indicators', 'results'];

/** The minimum the lookup and the check need to know about a worksheet. */
export interface SummaryShape {
  id: string;
  fields: readonly FieldDefinition[];
  summary?: Summary | undefined;
}

/** Where a section comes from: the worksheet, its field and the declaration. */
export interface SummarySource<S extends SummarySection, W extends SummaryShape = SummaryShape> {
  sheet: W;
  field: FieldDefinition;
  declared: NonNullable<Summary[S]>;
}

/** The worksheet and field that fill a section, if one declares it. */
export function summarySource<S extends SummarySection, W extends SummaryShape>(worksheets: Iterable<W>, section: S): SummarySource<S, W> | undefined {
  for (const sheet of worksheets) {
    const declared = sheet.summary?.[section];
    const field = declared && sheet.fields.find((candidate) => candidate.id === declared.field);
    if (declared && field) return { sheet, field, declared: declared as NonNullable<Summary[S]> };
  }
  return undefined;
}

/** "a" or "an", for the field and column type names. */
function article(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

/** What kind of field each section needs, in words, or undefined when the field fits. */
function misfit(section: SummarySection, field: FieldDefinition): string | undefined {
  if (section === 'priorities') return field.type === 'multi-choice' || field.type === 'list' ? undefined : 'a multi-choice or list field';
  if (section === 'actions') return field.type === 'table' ? undefined : 'a table field';
  const mode = section === 'indicators' ? 'define' : 'follow-up';
  return field.type === 'indicator' && field.mode === mode ? undefined : `an indicator field in ${mode} mode`;
}

/** Problems with the columns an actions declaration names. */
function columnProblems(where: string, field: FieldDefinition, columns: NonNullable<Summary['actions']>['columns']): string[] {
  if (field.type !== 'table') return [];
  const needs: Partial<Record<keyof typeof columns, [string, string]>> = { priority: ['priority', 'choice'], due: ['due date', 'date'], status: ['status', 'status'] };
  const problems: string[] = [];
  for (const [role, id] of Object.entries(columns) as [keyof typeof columns, string][]) {
    const column = field.columns.find((candidate) => candidate.id === id);
    const [words, type] = needs[role] ?? [role, undefined];
    if (!column) problems.push(`${where}.columns.${role}: table "${field.id}" has no column "${id}".`);
    else if (type && column.type !== type) problems.push(`${where}.columns.${role}: column "${id}" is ${article(column.type)} column; the ${words} must be ${article(type)} column.`);
  }
  return problems;
}

/** Problems with one worksheet's declarations. */
function sheetProblems(sheet: SummaryShape): string[] {
  const problems: string[] = [];
  for (const section of SUMMARY_SECTIONS) {
    const declared = sheet.summary?.[section];
    if (!declared) continue;
    const where = `content/worksheets/${sheet.id}.mdx, summary.${section}`;
    const field = sheet.fields.find((candidate) => candidate.id === declared.field);
    const wanted = field && misfit(section, field);
    if (!field) problems.push(`${where}.field: this worksheet has no field "${declared.field}".`);
    else if (wanted) problems.push(`${where}.field: "${field.id}" is ${article(field.type)} field; the ${section} need ${wanted}.`);
    else if ('columns' in declared) problems.push(...columnProblems(where, field, declared.columns));
  }
  return problems;
}

/** Human sentences, one per bad or missing declaration; empty when all is well. */
export function summaryProblems(worksheets: readonly SummaryShape[]): string[] {
  const problems = worksheets.flatMap(sheetProblems);
  for (const section of SUMMARY_SECTIONS) {
    const declaring = worksheets.filter((sheet) => sheet.summary?.[section]);
    if (declaring.length === 0) problems.push(`No worksheet says where the plan on a page gets its ${section}: add \`summary: { ${section}: { field: … } }\` to the frontmatter of the worksheet in content/worksheets/ that holds them.`);
    if (declaring.length > 1) problems.push(`${declaring.map((sheet) => `content/worksheets/${sheet.id}.mdx`).join(' and ')} declare summary.${section}: keep it on one worksheet.`);
  }
  return problems;
}
