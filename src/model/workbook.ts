/**
 * The workbook: the one persisted shape, and the single source of truth for
 * its TypeScript types.
 *
 * Stored shape: one record per workbook (see `src/storage/keys.ts`), the same
 * object that sits under `workbook` in an exported file (`file-format.ts`).
 * Answers are kept per field (`cycles[].answers[worksheetId][fieldId]`) with
 * their own `updatedAt`, so two tabs editing different fields merge cleanly.
 *
 * Forward compatibility: every object is loose, so keys written by a newer
 * release survive a round trip through this one.
 * Migration scenarios: any change to this shape bumps `SCHEMA_VERSION`, adds a
 * step to `migrations.ts` and a frozen fixture `tests/fixtures/workbook-vN.json`.
 */
import * as z from 'zod/mini';
import { newId } from '../lib/ids';
import { LENS_ID_PATTERN, LENS_IDS } from './ids';

/** The shape version this release reads and writes. */
export const SCHEMA_VERSION = 1;

/** Used where a saved time is missing: it loses every "later edit wins" comparison. */
export const UNKNOWN_TIME = '1970-01-01T00:00:00.000Z';

/** A moment in time, as an ISO 8601 string in UTC (e.g. 2025-09-01T09:30:00.000Z). */
export const TimestampSchema = z.iso.datetime({ offset: true });

/** A calendar date, as an ISO 8601 string (e.g. 2025-09-01). */
export const DateSchema = z.iso.date();

/** Any JSON value: field types are defined by worksheets, not here. */
export const JsonValueSchema = z.json();
/** Any JSON value. */
export type JsonValue = z.infer<typeof JsonValueSchema>;

/** One person in the team: a name, a role, or both (roles keep plans anonymous). */
export const TeamMemberSchema = z
  .looseObject({
    /** Stable id, so answers can refer to a person even after a rename. */
    id: z.string().check(z.minLength(1)),
    /** The person's name, if the team wants names recorded. */
    name: z.optional(z.string()),
    /** The person's role, e.g. "SENCo" or "Year 4 teacher". */
    role: z.optional(z.string()),
  })
  .check(
    z.refine((member) => Boolean(member.name?.trim() || member.role?.trim()), {
      error: 'needs a name or a role',
    }),
  );
/** One person in the team. */
export type TeamMember = z.infer<typeof TeamMemberSchema>;

/**
 * A chosen planning approach: one this release knows (content/lenses/), or
 * one a newer release added, which is kept as it is, never dropped.
 */
export const LensIdSchema = z.union([z.enum(LENS_IDS), z.string().check(z.regex(LENS_ID_PATTERN))]);

/** What the team set up in "Get started". Missing parts are filled with defaults. */
export const SetupSchema = z.looseObject({
  /** The school's name; optional, so a plan can be shared without it. */
  schoolName: z.optional(z.string()),
  /** The kind of setting, e.g. "mainstream", "special school", "alternative provision". */
  setting: z._default(z.string(), ''),
  /** The phase, e.g. "primary", "secondary", "all-through". */
  phase: z._default(z.string(), ''),
  /** The people working on the plan. */
  team: z._default(z.array(TeamMemberSchema), []),
  /** The areas of school policy in focus, in the team's own words. */
  policyAreas: z._default(z.array(z.string()), []),
  /** The planning approaches (lenses) chosen, including any from a newer release. */
  approaches: z._default(z.array(LensIdSchema), []),
  /** When this cycle of work starts. */
  cycleStart: z.optional(DateSchema),
  /** When this cycle of work is meant to end. */
  cycleEnd: z.optional(DateSchema),
  /** When the team will review the plan. */
  reviewDate: z.optional(DateSchema),
});
/** What the team set up in "Get started". */
export type Setup = z.infer<typeof SetupSchema>;

/** One saved answer to one field of one worksheet. */
export const AnswerSchema = z.looseObject({
  /** The answer itself; its shape belongs to the field type. */
  value: JsonValueSchema,
  /** When it was last changed: the later edit wins when two tabs disagree. */
  updatedAt: z._default(TimestampSchema, UNKNOWN_TIME),
  /** Who gave it (a name or role), when answers are merged from contributors. */
  by: z.optional(z.string()),
});
/** One saved answer. */
export type Answer = z.infer<typeof AnswerSchema>;

/** Answers by worksheet id, then by field id. */
export const AnswersSchema = z.record(z.string(), z.record(z.string(), AnswerSchema));
/** Answers by worksheet id, then by field id. */
export type Answers = z.infer<typeof AnswersSchema>;

/** One time round Reflect → Plan → Implement → Measure. */
export const CycleSchema = z.looseObject({
  /** Stable id. */
  id: z.string().check(z.minLength(1)),
  /** 1 for the first cycle, then 2, 3… */
  number: z._default(z.int().check(z.minimum(1)), 1),
  /** When the cycle was started. */
  startedAt: z._default(TimestampSchema, UNKNOWN_TIME),
  /** Set when the cycle is finished: a closed cycle is a read-only snapshot. */
  closedAt: z.optional(TimestampSchema),
  /** Every answer given in this cycle. */
  answers: z._default(AnswersSchema, {}),
});
/** One cycle of the workbook. */
export type Cycle = z.infer<typeof CycleSchema>;

/** A whole workbook, as saved in the browser and in exported files. */
export const WorkbookSchema = z
  .looseObject({
    /** Stable id; also part of the storage key. */
    id: z.string().check(z.minLength(1)),
    /** The name people see in "My workbooks". */
    title: z._default(z.string(), 'Untitled workbook'),
    /** Answers from "Get started". */
    setup: z.prefault(SetupSchema, {}),
    /** Every cycle, oldest first; all but the current one are usually closed. */
    cycles: z.array(CycleSchema).check(z.minLength(1)),
    /** Which cycle new answers go into. */
    currentCycleId: z.string().check(z.minLength(1)),
    /** The shape version of this record. */
    schemaVersion: z.literal(SCHEMA_VERSION),
    /** Write counter: bumped on every save, so tabs can tell old news from new. */
    rev: z._default(z.int().check(z.minimum(0)), 0),
    /** When the workbook was created. */
    createdAt: z._default(TimestampSchema, UNKNOWN_TIME),
    /** When anything in it last changed. */
    updatedAt: z._default(TimestampSchema, UNKNOWN_TIME),
    /** Set when the workbook is archived (hidden from the main list, kept). */
    archivedAt: z.optional(TimestampSchema),
    /** When it was last exported to a file, for "remember to export" reminders. */
    lastExportedAt: z.optional(TimestampSchema),
  })
  .check(
    z.refine((workbook) => workbook.cycles.some((cycle) => cycle.id === workbook.currentCycleId), {
      error: 'must name one of the cycles in the workbook',
      path: ['currentCycleId'],
    }),
  );
/** A whole workbook. */
export type Workbook = z.infer<typeof WorkbookSchema>;

/** Makes a new, empty workbook with its first cycle open. */
export function createWorkbook(title: string, now: string, id: string = newId()): Workbook {
  const cycleId = newId();
  return WorkbookSchema.parse({
    id,
    title: title.trim() || 'Untitled workbook',
    setup: {},
    cycles: [{ id: cycleId, number: 1, startedAt: now, answers: {} }],
    currentCycleId: cycleId,
    schemaVersion: SCHEMA_VERSION,
    rev: 0,
    createdAt: now,
    updatedAt: now,
  });
}

/**
 * The cycle new answers go into. The schema guarantees `currentCycleId` names
 * one of the cycles, so a miss means the workbook was never validated: this
 * throws rather than quietly answering with another cycle. (The PDF once had
 * its own copy that fell back to the first cycle — the oldest, usually closed
 * — which would have printed last year's answers as this year's plan; the
 * PDF now parses the workbook and uses this one, inside its never-throw guard.)
 */
export function currentCycle(workbook: Workbook): Cycle {
  const cycle = workbook.cycles.find((candidate) => candidate.id === workbook.currentCycleId);
  if (!cycle) throw new Error(`Workbook ${workbook.id} has no cycle ${workbook.currentCycleId}`);
  return cycle;
}
