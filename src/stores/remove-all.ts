/**
 * "Remove all workbooks from this browser", for a staffroom PC or a shared
 * iPad: every trace of the workbooks goes, and nothing else unless asked.
 *
 * Stored shape removed (names: src/storage/keys.ts):
 *  - in the storage engine: every `workbook:<id>` and `quarantine:<id>:<time>`;
 *  - in localStorage: every `bw:unsaved:<id>` journal and `bw:current-workbook`;
 *  - in sessionStorage: every `bw:workshop:<id>` session;
 *  - only when the person chooses: `bw:reading-prefs` and `bw:guide-closed`.
 * Lifecycle: the open workbook is saved and closed first (so autosave cannot
 * write it back), then the records go, then other tabs are told each one was
 * deleted. There is no undo: the page offers an export first and asks to
 * confirm, and the undo of any earlier single delete is forgotten too, so
 * nothing removed can come back by accident.
 */
import {
  CURRENT_WORKBOOK_KEY,
  GUIDE_CLOSED_KEY,
  PREFS_KEY,
  QUARANTINE_PREFIX,
  UNSAVED_PREFIX,
  WORKBOOK_PREFIX,
  WORKSHOP_SESSION_PREFIX,
  workbookIdFromKey,
} from '../storage/keys';
import { openTabSync } from '../storage/tab-sync';
import { flushAutosave } from './autosave';
import { getEngine, nowIso } from './context';
import { reportStorageError } from './save-status';
import { $workbook, closeWorkbook } from './workbook';
import { forgetDeletedWorkbooks, refreshWorkbooks } from './workbooks';

/** What a removal took away, for the sentence the page says. */
export interface Removed {
  /** Workbook records, including ones that could not be opened. */
  workbooks: number;
  /** Copies kept aside. */
  keptAside: number;
  /** Whether the reading preferences and remembered panels were reset too. */
  preferences: boolean;
}

/** Which engine keys a removal deletes: workbooks and kept-aside copies, nothing else. */
export function engineKeysToRemove(keys: readonly string[]): string[] {
  return keys.filter((key) => key.startsWith(WORKBOOK_PREFIX) || key.startsWith(QUARANTINE_PREFIX));
}

/** Which Web Storage keys a removal deletes; the preferences only when `alsoPreferences`. */
export function browserKeysToRemove(keys: readonly string[], alsoPreferences: boolean): string[] {
  const preferences = alsoPreferences ? [PREFS_KEY, GUIDE_CLOSED_KEY] : [];
  return keys.filter(
    (key) =>
      key === CURRENT_WORKBOOK_KEY ||
      key.startsWith(UNSAVED_PREFIX) ||
      key.startsWith(WORKSHOP_SESSION_PREFIX) ||
      preferences.includes(key),
  );
}

/** The sentence the page says after a removal. */
export function describeRemoved({ workbooks, keptAside, preferences }: Removed): string {
  const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const parts = [plural(workbooks, 'workbook', 'workbooks')];
  if (keptAside > 0) parts.push(plural(keptAside, 'copy kept aside', 'copies kept aside'));
  const what = `${parts.join(' and ')}, any unsaved edits and the record of which workbook was open`;
  const prefs = preferences ? 'Reading preferences were reset too.' : 'Reading preferences were kept.';
  return `Removed ${what} from this browser. ${prefs}`;
}

/** Removes the matching keys from one Web Storage; blocked storage is skipped. */
function clearWebStorage(pick: () => Storage | undefined, alsoPreferences: boolean): void {
  try {
    const storage = pick();
    if (!storage) return;
    const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index) ?? '');
    for (const key of browserKeysToRemove(keys, alsoPreferences)) storage.removeItem(key);
  } catch {
    // Blocked storage holds nothing of ours to remove.
  }
}

/** Removes every workbook and what is tied to it from this browser; never throws. */
export async function removeAllWorkbooks({ alsoPreferences }: { alsoPreferences: boolean }): Promise<
  { ok: true; removed: Removed } | { ok: false; problem: string }
> {
  try {
    if ($workbook.get() !== null) {
      await flushAutosave();
      closeWorkbook();
      await flushAutosave();
    }
    const engine = await getEngine();
    const keys = engineKeysToRemove(await engine.keys());
    for (const key of keys) await engine.del(key);
    forgetDeletedWorkbooks();
    clearWebStorage(() => globalThis.localStorage, alsoPreferences);
    clearWebStorage(() => globalThis.sessionStorage, alsoPreferences);
    const ids = keys.map(workbookIdFromKey).filter((id): id is string => id !== null);
    const sync = openTabSync(() => {});
    for (const id of ids) sync.announce({ type: 'deleted', id });
    sync.announce({ type: 'list-changed' });
    sync.close();
    await refreshWorkbooks();
    return { ok: true, removed: { workbooks: ids.length, keptAside: keys.length - ids.length, preferences: alsoPreferences } };
  } catch (error) {
    reportStorageError(error, nowIso());
    await refreshWorkbooks();
    return { ok: false, problem: 'Some records could not be removed. Reload the page to see what is left, and try again.' };
  }
}
