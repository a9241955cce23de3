/**
 * The one way a page opens a workbook: the workbook page and every worksheet
 * page call `openCurrentWorkbook()`.
 *
 * Stored shape: localStorage `bw:current-workbook` → the id of the workbook
 * last opened in this browser (a plain string; losing it only means the
 * person picks the workbook again from "My workbooks").
 * Lifecycle: the id comes from the page address (`?id=`), else the last
 * opened id. Opening starts the autosave listener (once per page) before the
 * load, so the loaded record becomes its baseline, then remembers the id.
 * Several islands on one page may call it: they share one open.
 */
import { CURRENT_WORKBOOK_KEY } from '../storage/keys';
import { startAutosave } from './autosave';
import { loadWorkbook } from './workbook';

/** The result of opening the current workbook. */
export type OpenResult = { ok: true; id: string } | { ok: false; id: string | null; problem: string };

/** Said when no workbook was chosen. */
export const NO_WORKBOOK_CHOSEN = 'No workbook was chosen. Open one from “My workbooks”, or create a new one there.';

/** localStorage, or undefined where it is missing or blocked. */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The workbook id in a page address (`?id=`), else the last one opened here, else null. */
export function currentWorkbookIdFrom(location: Pick<Location, 'search'>): string | null {
  const fromAddress = new URLSearchParams(location.search).get('id')?.trim();
  if (fromAddress) return fromAddress;
  try {
    const remembered = storage()?.getItem(CURRENT_WORKBOOK_KEY)?.trim();
    return remembered ? remembered : null;
  } catch {
    return null;
  }
}

/** Remembers the workbook last opened in this browser; never throws. */
export function rememberCurrentWorkbook(id: string): void {
  try {
    storage()?.setItem(CURRENT_WORKBOOK_KEY, id);
  } catch {
    // Blocked or full storage only means the next page asks which workbook to open.
  }
}

let opening: { id: string; result: Promise<OpenResult> } | undefined;
let autosaveStarted = false;

/** Loads one workbook into `$workbook`, with autosave listening first. */
async function open(id: string): Promise<OpenResult> {
  if (!autosaveStarted) {
    autosaveStarted = true;
    startAutosave();
  }
  const loaded = await loadWorkbook(id);
  if (!loaded.ok) return { ok: false, id, problem: loaded.problem };
  rememberCurrentWorkbook(id);
  return { ok: true, id };
}

/**
 * Opens the page's workbook into `$workbook` and starts autosave; resolves
 * with the id, or a sentence saying why it could not. Never throws.
 */
export function openCurrentWorkbook(location: Pick<Location, 'search'> = globalThis.location): Promise<OpenResult> {
  const id = currentWorkbookIdFrom(location);
  if (id === null) return Promise.resolve({ ok: false, id: null, problem: NO_WORKBOOK_CHOSEN });
  if (opening?.id === id) return opening.result;
  const result = open(id);
  opening = { id, result };
  return result;
}
