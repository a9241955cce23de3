/**
 * The contribution file: one teacher's answers to chosen worksheets, sent to
 * the facilitator to merge into the team's workbook (docs/file-format.md,
 * "Contribution files"). Small, pretty-printed JSON in its own envelope, so it
 * can never be mistaken for a whole workbook.
 *
 * Lifecycle: `buildContribution` + `serializeContributionFile` write it from
 * the contributor's current cycle; `parseContributionFile` reads it back and
 * refuses anything else with a sentence that says what is wrong. Values inside
 * are only checked against their fields when merging (`src/model/merge/`).
 */
import * as z from 'zod/mini';
import { describeZodError } from './describe-error';
import { APP_VERSION, FILE_FORMAT, parseJsonSafely } from './file-format';
import { isPlainObject } from './restore';
import { currentCycle, JsonValueSchema, TimestampSchema, UNKNOWN_TIME, type Workbook } from './workbook';
import { downloadName, fileNameFromTitle } from '../worksheets/file-names';

/** The `format` value every contribution file carries. */
export const CONTRIBUTION_FORMAT = 'belonging-workbook-contribution';

/** The contribution shape version this release reads and writes. */
export const CONTRIBUTION_SCHEMA_VERSION = 1;

/** Contribution files larger than this are refused before parsing (5 MB). */
export const MAX_CONTRIBUTION_BYTES = 5 * 1024 * 1024;

/** What is shown when a contributor left their name or role blank. */
export const ANONYMOUS_CONTRIBUTOR = 'Anonymous contributor';

/** One contributed answer. */
export const ContributionAnswerSchema = z.looseObject({
  /** The answer itself; its shape belongs to the field type. */
  value: JsonValueSchema,
  /** When the contributor last changed it. */
  updatedAt: z._default(TimestampSchema, UNKNOWN_TIME),
});
/** One contributed answer. */
export type ContributionAnswer = z.infer<typeof ContributionAnswerSchema>;

/** A contribution file. */
export const ContributionSchema = z.looseObject({
  /** Always "belonging-workbook-contribution". */
  format: z.literal(CONTRIBUTION_FORMAT),
  /** The contribution shape version (today 1). */
  schemaVersion: z.int().check(z.minimum(1)),
  /** The release that wrote the file; for support only. */
  appVersion: z._default(z.string(), 'unknown'),
  /** When the file was written. */
  exportedAt: z._default(z.string(), ''),
  /** The contributor's name or role, as they typed it; may be blank. */
  contributor: z._default(z.string(), ''),
  /** The workbook the answers came from. */
  sourceWorkbook: z.looseObject({
    /** Its id. */
    id: z.string().check(z.minLength(1)),
    /** Its title. */
    title: z._default(z.string(), ''),
  }),
  /** Answers by worksheet id, then field id. */
  worksheets: z.record(z.string(), z.record(z.string(), ContributionAnswerSchema)),
});
/** A contribution file. */
export type Contribution = z.infer<typeof ContributionSchema>;

/** The result of reading a contribution file. */
export type ParseContributionResult = { ok: true; contribution: Contribution } | { ok: false; problem: string };

/** The name shown for a contribution: the contributor's words, or "Anonymous contributor". */
export function contributorName(contribution: Pick<Contribution, 'contributor'>): string {
  return contribution.contributor.trim() || ANONYMOUS_CONTRIBUTOR;
}

/**
 * A contribution of the answers to `worksheetIds` in the current cycle.
 * `skip(worksheetId, fieldId)` leaves fields out (the setup-bound ones).
 */
export function buildContribution(
  workbook: Workbook,
  worksheetIds: readonly string[],
  contributor: string,
  exportedAt: string,
  skip: (worksheetId: string, fieldId: string) => boolean = () => false,
): Contribution {
  const answers = currentCycle(workbook).answers;
  const worksheets: Contribution['worksheets'] = {};
  for (const worksheetId of worksheetIds) {
    const sheet = answers[worksheetId] ?? {};
    const chosen = Object.entries(sheet).filter(([fieldId, answer]) => !skip(worksheetId, fieldId) && answer.value !== null);
    if (chosen.length > 0) worksheets[worksheetId] = Object.fromEntries(chosen.map(([id, answer]) => [id, { value: answer.value, updatedAt: answer.updatedAt }]));
  }
  return {
    format: CONTRIBUTION_FORMAT,
    schemaVersion: CONTRIBUTION_SCHEMA_VERSION,
    appVersion: APP_VERSION,
    exportedAt,
    contributor: contributor.trim(),
    sourceWorkbook: { id: workbook.id, title: workbook.title },
    worksheets,
  };
}

/** Writes a contribution as file text (pretty JSON, ends with a newline). */
export function serializeContributionFile(contribution: Contribution): string {
  return `${JSON.stringify(contribution, null, 2)}\n`;
}

/** E.g. "our-plan-contribution-year-4-teacher-2025-10-03.json". */
export function contributionFileName(workbookTitle: string, contributor: string, at: string): string {
  return downloadName(workbookTitle, ['contribution', fileNameFromTitle(contributor, 'anonymous')], at, 'json');
}

/** True when the text is larger than the limit in UTF-8, counting only as far as needed. */
function isTooLarge(text: string): boolean {
  if (text.length > MAX_CONTRIBUTION_BYTES) return true;
  if (text.length * 3 <= MAX_CONTRIBUTION_BYTES) return false;
  return new TextEncoder().encode(text).length > MAX_CONTRIBUTION_BYTES;
}

/** The first check that refuses the raw envelope, as a sentence; undefined when it passes. */
function envelopeProblem(raw: unknown): string | undefined {
  if (!isPlainObject(raw)) return 'This file is not a contribution file: it was not exported from the Belonging Workbook.';
  if (raw['format'] === FILE_FORMAT) return 'This is a whole workbook, not a contribution: import it from My workbooks instead.';
  if (raw['format'] !== CONTRIBUTION_FORMAT) return 'This file is not a contribution file: it was not exported from the Belonging Workbook.';
  const version = raw['schemaVersion'];
  if (typeof version === 'number' && version > CONTRIBUTION_SCHEMA_VERSION) {
    return `This contribution was made by a newer version of the workbook (file version ${String(version)}; this page reads up to version ${String(CONTRIBUTION_SCHEMA_VERSION)}) — update the page (reload it while online) and try again.`;
  }
  return undefined;
}

/** Reads the text of a contribution file; never throws. */
export function parseContributionFile(text: string): ParseContributionResult {
  if (isTooLarge(text)) return { ok: false, problem: 'This file is too large to be a contribution file (over 5 MB), so it was not opened.' };
  const parsed = parseJsonSafely(text);
  if (!parsed.ok) return { ok: false, problem: 'This file is not a contribution file: it is not readable as JSON.' };
  const problem = envelopeProblem(parsed.value);
  if (problem !== undefined) return { ok: false, problem };
  const checked = ContributionSchema.safeParse(parsed.value, { reportInput: true });
  if (!checked.success) {
    const sentence = describeZodError(checked.error).replace(/^The workbook /, 'The file ');
    return { ok: false, problem: `This contribution file cannot be merged. ${sentence}` };
  }
  return { ok: true, contribution: checked.data };
}
