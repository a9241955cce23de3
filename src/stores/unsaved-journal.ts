/**
 * The unsaved-edits journal: a safety net for closing a page straight after
 * typing. IndexedDB is asynchronous, and a save started as the page closes
 * may never reach the disk; localStorage is synchronous, so when the page is
 * hidden or left with edits not yet confirmed saved, they are written here at
 * once, and the next load of that workbook applies them.
 *
 * Stored shape: localStorage `bw:unsaved:<id>` (src/storage/keys.ts) →
 * `{ id, rev, keys, workbook, at }`: the page's copy of the workbook, the
 * field keys not yet saved, and the stored `rev` the page last knew.
 * Lifecycle: written on hide when edits are pending; removed after a save
 * leaves nothing pending, or once applied on load. On applying: answers merge
 * by their own times (the later edit wins); other fields are applied only if
 * nothing was saved since the journal was written (stored `rev` unchanged),
 * so an old journal never overwrites another tab's newer save.
 * Migration scenarios: an entry that does not restore is ignored and removed.
 */
import { mergeFields, type FieldKey } from '../model/field-keys';
import { restoreWorkbook } from '../model/restore';
import { type Workbook } from '../model/workbook';
import { UNSAVED_PREFIX } from '../storage/keys';

/** localStorage, or undefined where it is missing or blocked. */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

const KINDS = new Set(['top', 'setup', 'cycle', 'answer']);

/** True for a field key as `field-keys.ts` defines them. */
function isFieldKey(value: unknown): value is FieldKey {
  return Array.isArray(value) && value.length >= 2 && value.every((part) => typeof part === 'string') && KINDS.has(value[0] as string);
}

/** Writes the pending edits of `workbook` (best effort: a full or blocked storage is ignored). */
export function writeUnsaved(workbook: Workbook, keys: FieldKey[], at: string): void {
  if (keys.length === 0) return;
  try {
    storage()?.setItem(UNSAVED_PREFIX + workbook.id, JSON.stringify({ id: workbook.id, rev: workbook.rev, keys, workbook, at }));
  } catch {
    // The IndexedDB save is still attempted; this is only a second chance.
  }
}

/** Removes the journal for one workbook. */
export function clearUnsaved(id: string): void {
  try {
    storage()?.removeItem(UNSAVED_PREFIX + id);
  } catch {
    // Nothing to do: an entry that cannot be removed is applied harmlessly next time.
  }
}

/** The journal for one workbook, checked; null when absent or unreadable. */
function readUnsaved(id: string): { rev: number; keys: FieldKey[]; workbook: Workbook } | null {
  try {
    const text = storage()?.getItem(UNSAVED_PREFIX + id);
    if (!text) return null;
    const entry = JSON.parse(text) as { rev?: unknown; keys?: unknown; workbook?: unknown };
    const restored = restoreWorkbook(entry.workbook);
    const keys = Array.isArray(entry.keys) ? entry.keys.filter(isFieldKey) : [];
    if (!restored.ok || restored.workbook.id !== id || typeof entry.rev !== 'number') return null;
    return { rev: entry.rev, keys, workbook: restored.workbook };
  } catch {
    return null;
  }
}

/**
 * `stored` with any journalled edits applied, or null when there are none.
 * The journal is removed when there is nothing to apply; otherwise autosave
 * removes it once the applied edits are saved.
 */
export function applyUnsaved(stored: Workbook): Workbook | null {
  const entry = readUnsaved(stored.id);
  const unchanged = entry !== null && stored.rev <= entry.rev;
  const keys = entry?.keys.filter((key) => key[0] === 'answer' || unchanged) ?? [];
  if (!entry || keys.length === 0) {
    clearUnsaved(stored.id);
    return null;
  }
  return mergeFields(stored, entry.workbook, keys).merged;
}
