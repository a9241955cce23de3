/**
 * Restore: turns whatever was read from storage or a file into a valid
 * `Workbook`, or explains in one sentence why it cannot.
 *
 * Order: check the envelope (an object with a `schemaVersion`) → refuse a newer
 * version → migrate → validate → repair field by field. A repair removes the one
 * unreadable part so its default (or nothing) takes its place, and is listed in
 * `repairs`; callers keep the original record aside (quarantine) whenever there
 * are repairs or a refusal, so nothing is ever wiped. Never throws.
 */
import type * as z from 'zod/mini';
import { describeIssue, describeZodError, formatPath, shownPath } from './describe-error';
import { migrate, type RawRecord } from './migrations';
import { SCHEMA_VERSION, WorkbookSchema, type Workbook } from './workbook';

/** Why a restore was refused, for callers that act differently on each. */
export type RestoreRefusal = 'not-a-workbook' | 'newer-version' | 'cannot-migrate' | 'invalid';

/** The result of a restore. */
export type RestoreResult =
  | { ok: true; workbook: Workbook; repairs: string[] }
  | { ok: false; problem: string; reason: RestoreRefusal };

/** Paths whose loss would make the workbook meaningless: never repaired by removal. */
const PROTECTED_PATHS = new Set(['', 'id', 'schemaVersion', 'cycles', 'currentCycleId']);

/** Repairs tried before giving up (each removes one unreadable part). */
const MAX_REPAIRS = 200;

/** The sentence used when a record comes from a newer release. */
export const NEWER_VERSION_PROBLEM =
  'This workbook was made by a newer version of the workbook — update the page (reload it while online) to open it. It has been kept aside, unchanged.';

/** True for plain objects (not arrays, not null). */
export function isPlainObject(value: unknown): value is RawRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A deep copy, so repairs never touch the caller's data. */
function copyOf(value: RawRecord): RawRecord {
  try {
    return structuredClone(value);
  } catch {
    return JSON.parse(JSON.stringify(value)) as RawRecord;
  }
}

/** A path may be repaired by removal unless it is protected or is a whole cycle. */
function isRemovable(path: readonly PropertyKey[]): boolean {
  if (PROTECTED_PATHS.has(formatPath(path))) return false;
  const [head, index, field] = path;
  if (head === 'cycles' && typeof index === 'number' && (path.length === 2 || field === 'id')) return false;
  return true;
}

/** Removes the value at `path` (an object key, or an item of a list). */
function removeAt(root: RawRecord, path: readonly PropertyKey[]): boolean {
  let parent: unknown = root;
  for (const part of path.slice(0, -1)) {
    parent = (parent as Record<PropertyKey, unknown> | undefined)?.[part];
  }
  const last = path[path.length - 1];
  if (Array.isArray(parent) && typeof last === 'number' && last < parent.length) {
    parent.splice(last, 1);
    return true;
  }
  if (isPlainObject(parent) && last !== undefined && Object.hasOwn(parent, last)) {
    return delete parent[last as string];
  }
  return false;
}

/** Parses with the input kept in issues, so "missing" can be told from "wrong". */
function check(value: unknown): z.util.SafeParseResult<Workbook> {
  return WorkbookSchema.safeParse(value, { reportInput: true });
}

/** Removes unreadable parts one at a time until the workbook validates. */
function repair(value: RawRecord): RestoreResult {
  const repairs: string[] = [];
  for (let attempt = 0; attempt <= MAX_REPAIRS; attempt += 1) {
    const result = check(value);
    if (result.success) return { ok: true, workbook: result.data, repairs };
    const issue = result.error.issues[0];
    if (!issue) break;
    let path = issue.path;
    // A required part that is missing cannot be removed again: remove its parent instead.
    while (path.length > 0 && isRemovable(path) && !removeAt(value, path)) path = path.slice(0, -1);
    if (path.length === 0 || !isRemovable(path)) {
      return { ok: false, problem: describeZodError(result.error), reason: 'invalid' };
    }
    const removed = path === issue.path ? '' : ` so ‘${shownPath(path)}’ was set aside`;
    repairs.push(`${describeIssue(issue)}${removed}; a default was used instead.`);
  }
  return { ok: false, problem: 'The workbook has too many unreadable parts to repair.', reason: 'invalid' };
}

/** The sentence used when reading itself fails, e.g. a value nested thousands of levels deep. */
export const UNREADABLE_PROBLEM = 'This workbook cannot be read: part of it is nested too deeply or is otherwise unreadable.';

/**
 * Restores a workbook from anything read from storage or a file.
 * Never throws (even on values nested too deeply to check) and never changes `raw`.
 */
export function restoreWorkbook(raw: unknown): RestoreResult {
  try {
    return restoreUnsafely(raw);
  } catch {
    return { ok: false, problem: UNREADABLE_PROBLEM, reason: 'invalid' };
  }
}

/** `restoreWorkbook` without the guard against exceptions (deep recursion in copy or check). */
function restoreUnsafely(raw: unknown): RestoreResult {
  if (!isPlainObject(raw) || !('schemaVersion' in raw)) {
    return { ok: false, problem: 'This is not a saved workbook: it has no version number.', reason: 'not-a-workbook' };
  }
  const version = raw['schemaVersion'];
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    return { ok: false, problem: NEWER_VERSION_PROBLEM, reason: 'newer-version' };
  }
  const migrated = migrate(copyOf(raw));
  if (!migrated.ok) {
    return { ok: false, problem: `This workbook could not be updated: ${migrated.reason}.`, reason: 'cannot-migrate' };
  }
  return repair(migrated.value);
}
