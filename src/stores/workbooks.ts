/**
 * `$workbooks`: the list on "My workbooks", and the actions on whole workbooks
 * (create, rename, duplicate, delete with undo, archive, export, import).
 *
 * Stored shape: derived from the `workbook:<id>` records (no separate index to
 * fall out of step). Lifecycle: `refreshWorkbooks()` on page load and after
 * every action; `startWorkbookList()` refreshes when another tab changes a
 * record. Changes to the open workbook go through `$workbook` (the autosave
 * listener saves them); changes to other workbooks are written directly with
 * an atomic `update()`. Deleted records are held in memory for undo until the
 * page closes.
 */
import { atom } from 'nanostores';
import { createWorkbook, type Workbook } from '../model/workbook';
import { newId } from '../lib/ids';
import { restoreWorkbook } from '../model/restore';
import { workbookIdFromKey, workbookKey } from '../storage/keys';
import { openTabSync, type TabSync } from '../storage/tab-sync';
import { flushAutosave } from './autosave';
import { getEngine, nowIso } from './context';
import { reportStorageError } from './save-status';
import { $workbook, closeWorkbook, patchOpenWorkbook, type ActionResult } from './workbook';

/** One row of "My workbooks". */
export interface WorkbookSummary {
  /** The workbook id. */
  id: string;
  /** Its title. */
  title: string;
  /** When it was last edited. */
  updatedAt: string;
  /** When it was archived, if it is. */
  archivedAt?: string;
  /** When it was last exported, if ever. */
  lastExportedAt?: string;
  /** Why it cannot be opened, when it cannot. */
  problem?: string;
}

/** The list on "My workbooks", most recently edited first. */
export const $workbooks = atom<WorkbookSummary[]>([]);

/** A list row for one stored record. */
function summarise(id: string, raw: unknown): WorkbookSummary {
  const restored = restoreWorkbook(raw);
  if (!restored.ok) return { id, title: 'A workbook that cannot be opened', updatedAt: '', problem: restored.problem };
  const { title, updatedAt, archivedAt, lastExportedAt } = restored.workbook;
  return {
    id,
    title,
    updatedAt,
    ...(archivedAt === undefined ? {} : { archivedAt }),
    ...(lastExportedAt === undefined ? {} : { lastExportedAt }),
  };
}

/** Re-reads the list from storage; failures reach `$saveStatus`. */
export async function refreshWorkbooks(): Promise<void> {
  try {
    const engine = await getEngine();
    const ids = (await engine.keys()).map(workbookIdFromKey).filter((id): id is string => id !== null);
    const rows = await Promise.all(ids.map(async (id) => summarise(id, await engine.get(workbookKey(id)))));
    $workbooks.set(rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)));
  } catch (error) {
    reportStorageError(error, nowIso());
  }
}

let listSync: TabSync | undefined;

/** Keeps the list current when other tabs change workbooks; returns a stop function. */
export function startWorkbookList(): () => void {
  listSync ??= openTabSync(() => void refreshWorkbooks());
  void refreshWorkbooks();
  return () => {
    listSync?.close();
    listSync = undefined;
  };
}

/** Tells other tabs the list changed. */
function announceListChanged(): void {
  listSync?.announce({ type: 'list-changed' });
}

/** Runs a storage action, reporting failures in words. */
async function guarded<T extends object>(work: () => Promise<T>): Promise<T | { ok: false; problem: string }> {
  try {
    const result = await work();
    await refreshWorkbooks();
    announceListChanged();
    return result;
  } catch (error) {
    reportStorageError(error, nowIso());
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
}

/** Creates and stores a new, empty workbook; returns its id. */
export function createNewWorkbook(title: string): Promise<{ ok: true; id: string } | { ok: false; problem: string }> {
  return guarded(async () => {
    const workbook = createWorkbook(title, nowIso());
    await (await getEngine()).set(workbookKey(workbook.id), workbook);
    return { ok: true as const, id: workbook.id };
  });
}

/** Changes a workbook: through `$workbook` when open, else by an atomic stored update. */
async function changeWorkbook(id: string, patch: Partial<Workbook>): Promise<ActionResult> {
  if ($workbook.get()?.id === id) return patchOpenWorkbook(patch);
  return guarded(async () => {
    let problem: string | undefined;
    await (await getEngine()).update(workbookKey(id), (stored) => {
      const restored = restoreWorkbook(stored);
      if (!restored.ok) {
        problem = stored === undefined ? 'This workbook is no longer saved in this browser.' : restored.problem;
        throw new Error(problem);
      }
      const { workbook } = restored;
      return { ...workbook, ...patch, rev: workbook.rev + 1, updatedAt: nowIso() };
    });
    return { ok: true as const };
  });
}

/** Renames a workbook. */
export function renameWorkbook(id: string, title: string): Promise<ActionResult> {
  const trimmed = title.trim();
  if (trimmed === '') return Promise.resolve({ ok: false, problem: 'A workbook needs a name.' });
  return changeWorkbook(id, { title: trimmed });
}

/** Archives a workbook: hidden from the main list, kept in full. */
export function archiveWorkbook(id: string): Promise<ActionResult> {
  return changeWorkbook(id, { archivedAt: nowIso() });
}

/** Brings an archived workbook back to the main list. */
export function unarchiveWorkbook(id: string): Promise<ActionResult> {
  return changeWorkbook(id, { archivedAt: undefined });
}

/** Records that a workbook was just exported (for "remember to export" reminders). */
export function markExported(id: string, at: string = nowIso()): Promise<ActionResult> {
  return changeWorkbook(id, { lastExportedAt: at });
}

/** The latest copy of a workbook: the open one (saved first), else from storage. */
export async function readWorkbook(id: string): Promise<{ ok: true; workbook: Workbook } | { ok: false; problem: string }> {
  if ($workbook.get()?.id === id) await flushAutosave();
  const open = $workbook.get();
  if (open?.id === id) return { ok: true, workbook: open };
  const restored = restoreWorkbook(await (await getEngine()).get(workbookKey(id)));
  return restored.ok ? { ok: true, workbook: restored.workbook } : { ok: false, problem: restored.problem };
}

/** Stores a copy of a workbook under a new id; returns the new id. */
export async function duplicateWorkbook(id: string, title?: string): Promise<{ ok: true; id: string } | { ok: false; problem: string }> {
  return guarded(async () => {
    const source = await readWorkbook(id);
    if (!source.ok) return source;
    const now = nowIso();
    const original = source.workbook;
    const copy: Workbook = { ...original, id: newId(), title: title ?? `${original.title} (copy)`, rev: 0, createdAt: now, updatedAt: now };
    delete copy.archivedAt;
    delete copy.lastExportedAt;
    await (await getEngine()).set(workbookKey(copy.id), copy);
    return { ok: true as const, id: copy.id };
  });
}

/** Deleted records held for undo, by token. */
const trash = new Map<string, { id: string; raw: unknown }>();

/** Deletes a workbook; returns a token that `undoDelete` takes to restore it exactly. */
export async function deleteWorkbook(id: string): Promise<{ ok: true; token: string } | { ok: false; problem: string }> {
  if ($workbook.get()?.id === id) {
    await flushAutosave();
    closeWorkbook();
    await flushAutosave();
  }
  return guarded(async () => {
    const engine = await getEngine();
    const raw = await engine.get(workbookKey(id));
    if (raw === undefined) return { ok: false as const, problem: 'This workbook is no longer saved in this browser.' };
    await engine.del(workbookKey(id));
    const token = newId();
    trash.set(token, { id, raw });
    listSync?.announce({ type: 'deleted', id });
    return { ok: true as const, token };
  });
}

/** Forgets every deletion held for undo (after "Remove all workbooks", nothing may come back). */
export function forgetDeletedWorkbooks(): void {
  trash.clear();
}

/** Puts a deleted workbook back exactly as it was. */
export async function undoDelete(token: string): Promise<ActionResult> {
  const entry = trash.get(token);
  if (!entry) return { ok: false, problem: 'There is nothing to undo: the page was reloaded or it was already undone.' };
  return guarded(async () => {
    await (await getEngine()).set(workbookKey(entry.id), entry.raw);
    trash.delete(token);
    return { ok: true as const };
  });
}
