/**
 * ==========================================================================
 *  DO NOT CHANGE without a migration.
 *  These names find people's saved work in their browser. Renaming one makes
 *  every saved workbook invisible to the next release.
 * ==========================================================================
 *
 * Stored shape: one IndexedDB database with one object store. Keys:
 *  - `workbook:<id>` → a `Workbook` record (src/model/workbook.ts);
 *  - `quarantine:<id>:<time>` → a `QuarantineEntry` (a record that could not
 *    be restored, kept aside exactly as read; never deleted automatically);
 *  - `meta:probe` → written and removed once per page to test storage works.
 * The list of workbooks is derived from the `workbook:` keys, so there is no
 * separate index to fall out of step.
 * In localStorage (synchronous, so it can be written while a page closes):
 *  - `bw:unsaved:<id>` → edits not yet confirmed saved when the page was
 *    hidden (`src/stores/unsaved-journal.ts`); removed once they are saved.
 */

/** The IndexedDB database name. */
export const DB_NAME = 'belonging-workbook';

/** The object store inside it. */
export const STORE_NAME = 'workbooks';

/** Key prefix for workbook records. */
export const WORKBOOK_PREFIX = 'workbook:';

/** Key prefix for records kept aside because they could not be restored. */
export const QUARANTINE_PREFIX = 'quarantine:';

/** Key written briefly to check storage works (private browsing, old browsers). */
export const PROBE_KEY = 'meta:probe';

/** The BroadcastChannel other tabs listen on. */
export const CHANNEL_NAME = 'belonging-workbook';

/** Prefix of the Web Lock held while a workbook record is read, merged and written. */
export const LOCK_PREFIX = 'belonging-workbook:';

/** localStorage key prefix for edits not yet saved when a page was hidden. */
export const UNSAVED_PREFIX = 'bw:unsaved:';

/** The storage key of one workbook. */
export function workbookKey(id: string): string {
  return `${WORKBOOK_PREFIX}${id}`;
}

/** The workbook id in a workbook key, or null for any other key. */
export function workbookIdFromKey(key: string): string | null {
  return key.startsWith(WORKBOOK_PREFIX) ? key.slice(WORKBOOK_PREFIX.length) : null;
}

/** The storage key for a record kept aside at `time` (an ISO timestamp). */
export function quarantineKey(id: string, time: string): string {
  return `${QUARANTINE_PREFIX}${id}:${time}`;
}

/** The Web Lock name for one workbook. */
export function lockName(id: string): string {
  return `${LOCK_PREFIX}${id}`;
}
