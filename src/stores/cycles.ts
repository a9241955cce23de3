/**
 * Starting the next cycle of the open workbook.
 *
 * Stored shape: the current cycle gets `closedAt` (it becomes a read-only,
 * dated snapshot) and a new cycle is appended and made current, holding the
 * answers the team chose to carry forward (see src/worksheets/next-cycle.ts).
 * The autosave listener saves both changes like any other edit.
 */
import { currentCycle } from '../model/workbook';
import { newId } from '../lib/ids';
import { carriedAnswers } from '../worksheets/next-cycle';
import type { WorksheetDef } from '../worksheets/types';
import { nowIso } from './context';
import { $workbook, patchOpenWorkbook, type ActionResult } from './workbook';

/** Closes the current cycle and opens the next, carrying forward the chosen fields. */
export function startNextCycle(worksheets: readonly WorksheetDef[], carryKeys: ReadonlySet<string>): ActionResult {
  const workbook = $workbook.get();
  if (!workbook) return { ok: false, problem: 'No workbook is open.' };
  const cycle = currentCycle(workbook);
  if (cycle.closedAt !== undefined) return { ok: false, problem: 'This cycle is already closed.' };
  const now = nowIso();
  const next = { id: newId(), number: cycle.number + 1, startedAt: now, answers: carriedAnswers(worksheets, cycle, carryKeys, now) };
  const cycles = [...workbook.cycles.map((candidate) => (candidate.id === cycle.id ? { ...candidate, closedAt: now } : candidate)), next];
  return patchOpenWorkbook({ cycles, currentCycleId: next.id });
}
