/**
 * The persistence listener: watches `$workbook` and saves what changed.
 * Actions never save; this module does, so saving has one home.
 *
 * Stored shape: writes `workbook:<id>` (src/storage/keys.ts) by merging only
 * this tab's changed fields into the stored record (`save-merge.ts`).
 * Lifecycle: `startAutosave()` once per page. Edits are collected as dirty
 * field keys; a save runs ~300 ms after the last edit, at once when the page
 * is hidden or left (`visibilitychange`, `pagehide`), and when the open
 * workbook closes or changes. Nothing is written until a workbook has been
 * loaded from storage. Saves run one at a time, under a Web Lock per workbook.
 * After each save the other tabs are told (`tab-sync.ts`) and merge it in
 * without losing their own unsaved edits (`remote-merge.ts`). On hide, edits
 * not yet confirmed saved also go to a synchronous journal
 * (`unsaved-journal.ts`), so closing the page straight after typing loses
 * nothing even if the asynchronous save never finishes.
 */
import { diffWorkbook, fieldKeyId, mergeFields, type FieldKey } from '../model/field-keys';
import { type Workbook } from '../model/workbook';
import { lockName } from '../storage/keys';
import { withLock } from '../storage/locks';
import { quarantine } from '../storage/quarantine';
import { openTabSync, type TabSync } from '../storage/tab-sync';
import { getEngine, nowIso, requestPersistentStorage } from './context';
import { describeLost, handleTabMessage, rememberSaved } from './remote-merge';
import { reportProblem, reportSaved, reportSaving, reportStorageError } from './save-status';
import { StoredRecordError, writeMerged } from './save-merge';
import { clearUnsaved, writeUnsaved } from './unsaved-journal';
import { $workbook, adoptStoredWorkbook, isFromStorage } from './workbook';

/** How to run the listener; the defaults suit the browser. */
export interface AutosaveOptions {
  /** Quiet time after the last edit before saving. */
  debounceMs?: number;
  /** Receives `pagehide` (default: `window`). */
  windowTarget?: EventTarget | undefined;
  /** Receives `visibilitychange` and says `visibilityState` (default: `document`). */
  documentTarget?: (EventTarget & { visibilityState?: string }) | undefined;
  /** Whether to talk to other tabs (default: true). */
  tabSync?: boolean;
}

/** The listener's working state, in one place. */
const state = {
  /** The last value of `$workbook` accounted for; null before the first load. */
  baseline: null as Workbook | null,
  /** Fields changed since they were last saved, by `fieldKeyId`. */
  dirty: new Map<string, FieldKey>(),
  /** Fields in the save now running. */
  inFlight: new Map<string, FieldKey>(),
  timer: undefined as ReturnType<typeof setTimeout> | undefined,
  /** Saves run one after another on this chain. */
  queue: Promise.resolve(),
  sync: undefined as TabSync | undefined,
  askedPersistence: false,
};

/** Moves the dirty keys out for one save. */
function takeDirty(): Map<string, FieldKey> {
  const taken = new Map(state.dirty);
  state.dirty.clear();
  return taken;
}

/** Puts keys back after a failed save, so the next save tries them again. */
function restoreDirty(id: string, keys: Map<string, FieldKey>): void {
  if (state.baseline?.id !== id) return;
  for (const [keyId, key] of keys) if (!state.dirty.has(keyId)) state.dirty.set(keyId, key);
}

/** Brings what was written back into the page, keeping edits made during the save. */
function adoptWritten(written: Workbook): void {
  const current = $workbook.get();
  if (!current || current.id !== written.id) return;
  const { merged } = mergeFields(written, current, state.dirty.values());
  adoptStoredWorkbook(merged);
}

/** Handles a stored record that could not be restored: keep it aside, then write ours. */
async function replaceUnreadable(error: StoredRecordError, local: Workbook, keys: FieldKey[]): Promise<Workbook> {
  const engine = await getEngine();
  if (error.reason === 'newer-version') throw error;
  await quarantine(engine, local.id, error.raw, `Replaced while saving: ${error.message}`, nowIso());
  return (await writeMerged(engine, local, keys, nowIso(), true)).written;
}

/** One save of the given keys from `local`. Reports every outcome to `$saveStatus`. */
async function saveKeys(local: Workbook, keys: Map<string, FieldKey>): Promise<void> {
  if (keys.size === 0) return;
  state.inFlight = keys;
  reportSaving(nowIso());
  const list = [...keys.values()];
  try {
    const engine = await getEngine();
    const outcome = await withLock(lockName(local.id), async () => {
      try {
        return await writeMerged(engine, local, list, nowIso());
      } catch (error) {
        if (!(error instanceof StoredRecordError)) throw error;
        return { written: await replaceUnreadable(error, local, list), lostTo: [] };
      }
    });
    state.inFlight = new Map();
    if (state.dirty.size === 0) clearUnsaved(local.id);
    rememberSaved(outcome.written, list);
    adoptWritten(outcome.written);
    reportSaved(nowIso(), describeLost(outcome.lostTo));
    state.sync?.announce({ type: 'saved', id: local.id, rev: outcome.written.rev });
    void askPersistenceOnce();
  } catch (error) {
    state.inFlight = new Map();
    restoreDirty(local.id, keys);
    if (error instanceof StoredRecordError) reportProblem(error.message, 'Your answers are still on this page. Export the workbook file to keep them.', nowIso());
    else reportStorageError(error, nowIso());
  }
}

/** Asks for persistent storage after the first successful save. */
async function askPersistenceOnce(): Promise<void> {
  if (state.askedPersistence) return;
  state.askedPersistence = true;
  await requestPersistentStorage();
}

/** Queues a save of everything dirty now; resolves when it has finished. */
export function flushAutosave(): Promise<void> {
  clearTimeout(state.timer);
  state.timer = undefined;
  state.queue = state.queue.then(async () => {
    const local = state.baseline;
    if (local && state.dirty.size > 0) await saveKeys(local, takeDirty());
  });
  return state.queue;
}

/** Writes edits not yet confirmed saved to the synchronous journal (called on hide). */
function journalPending(): void {
  const local = state.baseline;
  if (!local) return;
  writeUnsaved(local, [...state.inFlight.values(), ...state.dirty.values()], nowIso());
}

/** Saves a workbook that is being closed or switched away from. */
function saveLeaving(local: Workbook): void {
  if (state.dirty.size === 0) return;
  const keys = takeDirty();
  state.queue = state.queue.then(() => saveKeys(local, keys));
}

/** Reacts to each new value of `$workbook`. */
function onWorkbookChange(value: Workbook | null, debounceMs: number): void {
  const previous = state.baseline;
  if (value === null || isFromStorage(value)) {
    if (previous && previous.id !== value?.id) {
      clearTimeout(state.timer);
      saveLeaving(previous);
    }
    state.baseline = value;
    return;
  }
  // Never write before the first load: edits to a workbook not loaded from storage are ignored.
  if (!previous || previous.id !== value.id) return;
  for (const key of diffWorkbook(previous, value)) state.dirty.set(fieldKeyId(key), key);
  state.baseline = value;
  clearTimeout(state.timer);
  state.timer = setTimeout(() => void flushAutosave(), debounceMs);
}

/** The keys not yet saved (for tests and the "unsaved changes" hint). */
export function pendingFieldKeys(): FieldKey[] {
  return [...state.dirty.values()];
}

/** Starts the listener; returns a function that stops it (after flushing). */
export function startAutosave(options: AutosaveOptions = {}): () => Promise<void> {
  const debounceMs = options.debounceMs ?? 300;
  const win = 'windowTarget' in options ? options.windowTarget : globalThis.window;
  const doc = 'documentTarget' in options ? options.documentTarget : globalThis.document;
  const onHide = (): void => {
    journalPending();
    void flushAutosave();
  };
  const onVisibility = (): void => {
    if (doc?.visibilityState === 'hidden') onHide();
  };
  state.baseline = $workbook.get() && isFromStorage($workbook.get() as Workbook) ? $workbook.get() : null;
  const unsubscribe = $workbook.listen((value) => onWorkbookChange(value, debounceMs));
  win?.addEventListener('pagehide', onHide);
  doc?.addEventListener('visibilitychange', onVisibility);
  if (options.tabSync !== false) state.sync = openTabSync((message) => {
      state.queue = state.queue.then(() => handleTabMessage(message, state));
    });
  return async () => {
    unsubscribe();
    win?.removeEventListener('pagehide', onHide);
    doc?.removeEventListener('visibilitychange', onVisibility);
    await flushAutosave();
    state.sync?.close();
    state.sync = undefined;
  };
}
