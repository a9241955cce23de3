/**
 * Applying a merge of contributions to the open workbook, and undoing it.
 *
 * Stored shape: the merged workbook is written straight to `workbook:<id>`
 * (not through autosave, whose "later edit wins" rule would stop an undo from
 * putting back older answers). Before the write, the workbook as it was is
 * kept aside with `quarantine()` (`quarantine:<id>:<time>`, listed in My
 * workbooks under "kept aside"), so it survives the visit; an undo likewise
 * keeps the merged version aside. Nothing here deletes a kept-aside copy.
 * In memory: `$lastMerge` holds the previous workbook for this visit, so
 * "Undo merge" restores it exactly (every answer, time and author; only the
 * write counter `rev` moves on, so other tabs notice the change).
 * Lifecycle: null → `applyMergedWorkbook` → set → `undoLastMerge` → null.
 */
import { atom } from 'nanostores';
import { formatDayAtTime } from '../lib/dates';
import { restoreWorkbook } from '../model/restore';
import { type Workbook } from '../model/workbook';
import { lockName, workbookKey } from '../storage/keys';
import { withLock } from '../storage/locks';
import { quarantine } from '../storage/quarantine';
import { openTabSync } from '../storage/tab-sync';
import { flushAutosave } from './autosave';
import { getEngine, nowIso } from './context';
import { reportSaved, reportStorageError } from './save-status';
import { $workbook, adoptStoredWorkbook, type ActionResult } from './workbook';

/** The last merge applied in this visit, for "Undo merge". */
export interface LastMerge {
  /** The workbook merged into. */
  workbookId: string;
  /** The workbook exactly as it was before the merge. */
  previous: Workbook;
  /** What the merge did, in a sentence. */
  summary: string;
}

/** The last merge applied in this visit, or null. */
export const $lastMerge = atom<LastMerge | null>(null);

/** Writes `workbook` as the stored record under the workbook's lock; returns what was written. */
async function writeWhole(workbook: Workbook): Promise<Workbook> {
  const engine = await getEngine();
  let written: Workbook = workbook;
  await withLock(lockName(workbook.id), () =>
    engine.update(workbookKey(workbook.id), (stored) => {
      const restored = stored === undefined ? undefined : restoreWorkbook(stored);
      const storedRev = restored?.ok ? restored.workbook.rev : 0;
      written = { ...workbook, rev: Math.max(storedRev, workbook.rev) + 1 };
      return written;
    }),
  );
  const sync = openTabSync(() => undefined);
  sync.announce({ type: 'saved', id: workbook.id, rev: written.rev });
  sync.close();
  return written;
}

/** The open workbook after any pending edits are saved, if it is `id`. */
async function settledWorkbook(id: string): Promise<Workbook | null> {
  await flushAutosave();
  const open = $workbook.get();
  return open && open.id === id ? open : null;
}

/**
 * Applies a merge to the open workbook `id`: `build` receives the workbook as
 * it is now (pending edits saved first) and returns the merged one.
 */
export async function applyMergedWorkbook(id: string, build: (team: Workbook) => Workbook, summary: string): Promise<ActionResult> {
  const previous = await settledWorkbook(id);
  if (!previous) return { ok: false, problem: 'This workbook is no longer open, so nothing was merged.' };
  try {
    const merged = build(previous);
    const now = nowIso();
    await quarantine(await getEngine(), id, previous, `Kept before merging contributions on ${formatDayAtTime(now)}, so the merge can be undone.`, now);
    const written = await writeWhole(merged);
    adoptStoredWorkbook(written);
    $lastMerge.set({ workbookId: id, previous, summary });
    reportSaved(nowIso());
    return { ok: true };
  } catch (error) {
    reportStorageError(error, nowIso());
    return { ok: false, problem: 'The merge could not be saved in this browser, so nothing was changed.' };
  }
}

/** Puts the workbook back exactly as it was before the last merge of this visit. */
export async function undoLastMerge(): Promise<ActionResult> {
  const last = $lastMerge.get();
  if (!last) return { ok: false, problem: 'There is no merge to undo in this visit.' };
  const current = await settledWorkbook(last.workbookId);
  if (!current) return { ok: false, problem: 'This workbook is no longer open, so the merge could not be undone.' };
  try {
    const now = nowIso();
    await quarantine(await getEngine(), last.workbookId, current, `Kept when a merge was undone on ${formatDayAtTime(now)}.`, now);
    const written = await writeWhole(last.previous);
    adoptStoredWorkbook({ ...last.previous, rev: written.rev });
    $lastMerge.set(null);
    reportSaved(nowIso());
    return { ok: true };
  } catch (error) {
    reportStorageError(error, nowIso());
    return { ok: false, problem: 'The merge could not be undone in this browser’s storage. Nothing was changed.' };
  }
}
