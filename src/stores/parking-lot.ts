/**
 * The workshop's parking lot: ideas that matter but are outside today's
 * focus, kept in the workbook so they are never lost.
 *
 * Stored shape: an ordinary answer in the current cycle under worksheet id
 * `workshop`, field id `parking-lot` (no worksheet of that id exists in
 * content, so no page shows it except workshop mode and its summary). Its
 * value is a list value, `[{ id, text }]`, the same shape as a list field,
 * so merging, export and carry-forward treat it like any list.
 * Lifecycle: read from `$workbook` on each render; every change saves the
 * whole list through `setAnswer`, and the autosave listener writes it.
 * Do not change the ids without a migration: workbooks hold them.
 */
import { ListValueSchema, type ListItem, type ListValue } from '../fields/list/schema';
import { newId } from '../lib/ids';
import { currentCycle, type JsonValue, type Workbook } from '../model/workbook';
import { setAnswer, type ActionResult } from './workbook';

/** The worksheet id the parking lot is saved under. */
export const PARKING_WORKSHEET_ID = 'workshop';
/** The field id the parking lot is saved under. */
export const PARKING_FIELD_ID = 'parking-lot';

/** The parked ideas in the current cycle; an unreadable value reads as none. */
export function readParkingLot(workbook: Workbook | null): ListValue {
  if (!workbook) return [];
  const raw = currentCycle(workbook).answers[PARKING_WORKSHEET_ID]?.[PARKING_FIELD_ID]?.value;
  const parsed = ListValueSchema.safeParse(raw);
  return parsed.success ? parsed.data : [];
}

/** Saves the whole list. */
function save(items: ListValue): ActionResult {
  return setAnswer(PARKING_WORKSHEET_ID, PARKING_FIELD_ID, items as unknown as JsonValue);
}

/** Adds an idea at the end; blank text is refused. */
export function parkIdea(workbook: Workbook | null, text: string): ActionResult {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, problem: 'Type the idea first.' };
  const item: ListItem = { id: newId(), text: trimmed };
  return save([...readParkingLot(workbook), item]);
}

/** Changes one idea's text. */
export function editParkedIdea(workbook: Workbook | null, id: string, text: string): ActionResult {
  return save(readParkingLot(workbook).map((item) => (item.id === id ? { ...item, text } : item)));
}

/** Removes one idea. */
export function removeParkedIdea(workbook: Workbook | null, id: string): ActionResult {
  return save(readParkingLot(workbook).filter((item) => item.id !== id));
}

/** Puts a removed idea back where it was. */
export function restoreParkedIdea(workbook: Workbook | null, item: ListItem, index: number): ActionResult {
  const items = readParkingLot(workbook).filter((other) => other.id !== item.id);
  return save([...items.slice(0, index), item, ...items.slice(index)]);
}
