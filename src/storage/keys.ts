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
 * In localStorage (synchronous, so it can be written while a page closes
 * or read before first paint):
 *  - `bw:unsaved:<id>` → edits not yet confirmed saved when the page was
 *    hidden (`src/stores/unsaved-journal.ts`); removed once they are saved;
 *  - `bw:current-workbook` → the id of the workbook last opened
 *    (`src/stores/current-workbook.ts`);
 *  - `bw:reading-prefs` → the reading preferences (`src/lib/reading-prefs.ts`);
 *  - `bw:guide-closed` → "1" once "How to use this worksheet" was closed
 *    (reserved: not written yet; "Remove all workbooks" already clears it).
 * "Remove all workbooks" (`src/stores/remove-all.ts`) removes the workbook
 * keys above and keeps the preferences unless the person chooses otherwise.
 * In sessionStorage (this tab only):
 *  - `bw-session:<key>` → the tab-only engine's records, same keys as above
 *    (`src/storage/session-engine.ts`);
 *  - `bw:workshop:<workbookId>` → the workshop session (`src/stores/workshop-session.ts`);
 *  - `bw:update-later` → "1" when the new-version prompt was put off
 *    (`src/lib/sw-update.ts`, which keeps its own copy of the string because
 *    it loads on every page with no static imports; a unit test keeps the
 *    two equal).
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

/** localStorage key holding the last opened workbook id. */
export const CURRENT_WORKBOOK_KEY = 'bw:current-workbook';

/** localStorage key of the reading preferences. */
export const PREFS_KEY = 'bw:reading-prefs';

/** localStorage key set to "1" once a person closes "How to use this worksheet". */
export const GUIDE_CLOSED_KEY = 'bw:guide-closed';

/** Prefix of the tab-only engine's keys in sessionStorage. */
export const SESSION_PREFIX = 'bw-session:';

/** sessionStorage key set when the new-version prompt is put off for this tab. */
export const UPDATE_LATER_KEY = 'bw:update-later';

/** Prefix of the sessionStorage key of a workbook's workshop session. */
export const WORKSHOP_SESSION_PREFIX = 'bw:workshop:';

/** The sessionStorage key for a workbook's workshop session. */
export function workshopSessionKey(workbookId: string): string {
  return `${WORKSHOP_SESSION_PREFIX}${workbookId}`;
}

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
