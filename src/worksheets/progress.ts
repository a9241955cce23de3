/**
 * How far a team has got: per worksheet, not started / started / complete,
 * and what is overdue. Pure, for the cycle dashboard.
 */
import { isFieldAnswered } from '../fields/answered';
import { isOverdue, type StatusValue } from '../fields/status/schema';
import type { Cycle, Workbook } from '../model/workbook';
import { valueFromSetup } from './setup-binding';
import type { WorksheetDef } from './types';

/** Where a worksheet stands in a cycle. */
export type SheetProgress = 'not-started' | 'started' | 'complete';

/** Words for each state (never colour alone). */
export const PROGRESS_LABELS: Record<SheetProgress, string> = {
  'not-started': 'Not started',
  started: 'Started',
  complete: 'Complete',
};

/** Counts how many of a worksheet's own fields have an answer. */
export function sheetProgress(sheet: WorksheetDef, workbook: Workbook, cycle: Cycle): { state: SheetProgress; answered: number; total: number } {
  const answered = sheet.fields.filter((field) => {
    const saved = cycle.answers[sheet.id]?.[field.id];
    const raw = saved ? saved.value : field.setup ? valueFromSetup(field.setup, workbook) : undefined;
    return isFieldAnswered(field, raw);
  }).length;
  const total = sheet.fields.length;
  const state: SheetProgress = answered === 0 ? 'not-started' : answered === total ? 'complete' : 'started';
  return { state, answered, total };
}

/** Something overdue: a row of a table with a due date and a status. */
export interface OverdueItem {
  /** The worksheet it is on. */
  worksheetId: string;
  /** Its title. */
  worksheetTitle: string;
  /** The row's first text, e.g. the action. */
  label: string;
  /** The due date, YYYY-MM-DD. */
  due: string;
}

interface RowLike {
  cells?: Record<string, string>;
}

/** Every row, on any worksheet, whose due date has passed and which is not done. */
export function overdueItems(worksheets: readonly WorksheetDef[], cycle: Cycle, today: string): OverdueItem[] {
  return worksheets.flatMap((sheet) =>
    sheet.fields.flatMap((field) => {
      if (field.type !== 'table' || !field.dueColumn) return [];
      const statusColumn = field.columns.find((column) => column.type === 'status')?.id;
      const labelColumn = field.columns.find((column) => column.type === 'text')?.id;
      const rows = cycle.answers[sheet.id]?.[field.id]?.value;
      if (!Array.isArray(rows)) return [];
      return (rows as RowLike[])
        .filter((row) => isOverdue(row.cells?.[statusColumn ?? ''] as StatusValue | undefined, row.cells?.[field.dueColumn ?? ''], today))
        .map((row) => ({ worksheetId: sheet.id, worksheetTitle: sheet.title, label: row.cells?.[labelColumn ?? ''] || 'An untitled row', due: row.cells?.[field.dueColumn ?? ''] ?? '' }));
    }),
  );
}
