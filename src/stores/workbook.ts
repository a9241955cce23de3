/**
 * `$workbook`: the workbook open on this page, and the actions that change it.
 *
 * Stored shape: the `Workbook` (src/model/workbook.ts), in memory; the
 * autosave listener (`autosave.ts`) writes it to `workbook:<id>`. Actions never
 * save: they replace only what they change, so the listener can tell which
 * fields were edited by comparing references.
 * Lifecycle: null → `loadWorkbook(id)` (restore; quarantine a copy of anything
 * repaired or refused) → edits → `closeWorkbook()`. Values that came from
 * storage are marked with `adoptStoredWorkbook`, so the listener never mistakes
 * a load or another tab's save for an edit, and never writes before a load.
 */
import { atom } from 'nanostores';
import { currentCycle, JsonValueSchema, SetupSchema, type JsonValue, type Setup, type Workbook } from '../model/workbook';
import { describeZodError } from '../model/describe-error';
import { restoreWorkbook } from '../model/restore';
import { workbookKey } from '../storage/keys';
import { quarantine } from '../storage/quarantine';
import { getEngine, nowIso } from './context';
import { applyUnsaved } from './unsaved-journal';
import { reportProblem, reportSaved, reportStorageError } from './save-status';

/** What an action did: done, or refused with a sentence saying why. */
export type ActionResult = { ok: true } | { ok: false; problem: string };

/** The workbook open on this page, or null. */
export const $workbook = atom<Workbook | null>(null);

const fromStorage = new WeakSet<Workbook>();

/** Sets `$workbook` to a value read from storage (a load or a merge), not an edit. */
export function adoptStoredWorkbook(workbook: Workbook): void {
  fromStorage.add(workbook);
  $workbook.set(workbook);
}

/** True when this exact value was set by `adoptStoredWorkbook`. */
export function isFromStorage(workbook: Workbook): boolean {
  return fromStorage.has(workbook);
}

/** Advice shown whenever a record is kept aside. */
const KEPT_ASIDE_ADVICE =
  'The original has been kept aside in this browser, unchanged. Export it from “My workbooks” if you need help recovering it.';

/** Keeps a copy of a raw record aside and tells the person; reports if even that fails. */
async function keepAside(id: string, raw: unknown, reason: string): Promise<void> {
  try {
    await quarantine(await getEngine(), id, raw, reason, nowIso());
  } catch (error) {
    reportStorageError(error, nowIso());
  }
}

/** Opens a saved workbook; never throws, never changes what is stored. */
export async function loadWorkbook(id: string): Promise<ActionResult> {
  let raw: unknown;
  try {
    raw = await (await getEngine()).get(workbookKey(id));
  } catch (error) {
    reportStorageError(error, nowIso());
    return { ok: false, problem: 'The workbook could not be read from this browser’s storage.' };
  }
  if (raw === undefined) {
    return { ok: false, problem: 'This workbook is not saved in this browser. It may have been deleted in another tab.' };
  }
  const restored = restoreWorkbook(raw);
  if (!restored.ok) {
    await keepAside(id, raw, restored.problem);
    reportProblem(restored.problem, KEPT_ASIDE_ADVICE, nowIso());
    return { ok: false, problem: restored.problem };
  }
  if (restored.repairs.length > 0) {
    await keepAside(id, raw, `Repaired on opening: ${restored.repairs.join(' ')}`);
    reportSaved(nowIso(), `Some parts of this workbook could not be read and were repaired. ${KEPT_ASIDE_ADVICE}`);
  }
  adoptStoredWorkbook(restored.workbook);
  // Edits journalled when a page closed before its save finished: applied as edits, so autosave saves them.
  const recovered = applyUnsaved(restored.workbook);
  if (recovered) $workbook.set(recovered);
  return { ok: true };
}

/** Closes the open workbook (the listener saves any pending edits first). */
export function closeWorkbook(): void {
  $workbook.set(null);
}

/** Refusal used when an action needs an open workbook. */
const NOTHING_OPEN: ActionResult = { ok: false, problem: 'No workbook is open.' };

/** Saves one answer into the current cycle; refused when the cycle is closed. */
export function setAnswer(worksheetId: string, fieldId: string, value: JsonValue, by?: string): ActionResult {
  const workbook = $workbook.get();
  if (!workbook) return NOTHING_OPEN;
  const cycle = currentCycle(workbook);
  if (cycle.closedAt !== undefined) {
    return {
      ok: false,
      problem: 'This cycle is closed: it is kept as a read-only record. Start the next cycle to make changes.',
    };
  }
  if (!JsonValueSchema.safeParse(value).success) {
    return { ok: false, problem: `The answer to ‘${worksheetId}.${fieldId}’ is not something the workbook can store.` };
  }
  const updatedAt = nowIso();
  const answer = by === undefined ? { value, updatedAt } : { value, updatedAt, by };
  const sheet = { ...cycle.answers[worksheetId], [fieldId]: answer };
  const changed = { ...cycle, answers: { ...cycle.answers, [worksheetId]: sheet } };
  $workbook.set({
    ...workbook,
    cycles: workbook.cycles.map((candidate) => (candidate.id === cycle.id ? changed : candidate)),
    updatedAt,
  });
  return { ok: true };
}

/** Changes part of the setup ("Get started"); refused with a sentence if the result is invalid. */
export function updateSetup(patch: Partial<Setup>): ActionResult {
  const workbook = $workbook.get();
  if (!workbook) return NOTHING_OPEN;
  const setup = { ...workbook.setup, ...patch };
  const checked = SetupSchema.safeParse(setup, { reportInput: true });
  if (!checked.success) {
    return { ok: false, problem: describeZodError(checked.error, ['setup']) };
  }
  $workbook.set({ ...workbook, setup, updatedAt: nowIso() });
  return { ok: true };
}

/** Changes top-level values of the open workbook (title, archivedAt, lastExportedAt…). */
export function patchOpenWorkbook(patch: Partial<Workbook>): ActionResult {
  const workbook = $workbook.get();
  if (!workbook) return NOTHING_OPEN;
  $workbook.set({ ...workbook, ...patch, updatedAt: nowIso() });
  return { ok: true };
}
