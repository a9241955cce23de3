/**
 * Starting the next cycle: the finished cycle is closed as a dated,
 * read-only snapshot, and a new cycle begins with what the team chose to
 * carry forward — fields marked `carry: true` in their worksheet (actions,
 * goals, indicators, priorities). Table rows whose status is "done" stay
 * behind; priorities bring the candidate items they point at.
 * Pure: the store action (src/stores/cycles.ts) applies the result.
 */
import type { FieldDefinition } from '../fields/definitions';
import type { Answers, Cycle } from '../model/workbook';
import type { WorksheetDef } from './types';

/** One field that can be carried forward, for the team to tick or untick. */
export interface CarryOption {
  /** "worksheetId/fieldId". */
  key: string;
  /** "Action plan: Actions". */
  label: string;
  /** How many items or rows would be carried (1 for a single answer). */
  count: number;
}

const keyOf = (worksheetId: string, fieldId: string) => `${worksheetId}/${fieldId}`;

/** Rows of a table value that are not marked done in any status column. */
function unfinishedRows(field: Extract<FieldDefinition, { type: 'table' }>, value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const statusColumns = field.columns.filter((column) => column.type === 'status').map((column) => column.id);
  return value.filter((row: { cells?: Record<string, string> }) => !statusColumns.some((id) => row.cells?.[id] === 'done'));
}

function carriedValue(field: FieldDefinition, value: unknown): unknown {
  return field.type === 'table' ? unfinishedRows(field, value) : value;
}

function countOf(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  if (value && typeof value === 'object') return Object.keys(value).length;
  return value === '' || value === undefined ? 0 : 1;
}

/** The fields of a cycle that can be carried forward and have something in them. */
export function carryOptions(worksheets: readonly WorksheetDef[], cycle: Cycle): CarryOption[] {
  return worksheets.flatMap((sheet) =>
    sheet.fields
      .filter((field) => field.carry)
      .map((field) => ({ sheet, field, count: countOf(carriedValue(field, cycle.answers[sheet.id]?.[field.id]?.value)) }))
      .filter(({ count }) => count > 0)
      .map(({ sheet, field, count }) => ({ key: keyOf(sheet.id, field.id), label: `${sheet.title}: ${field.label}`, count })),
  );
}

/** Copies the source items a carried multi-choice points at, so carried priorities keep their words. */
function carrySourceItems(sheet: WorksheetDef, field: FieldDefinition, value: unknown, cycle: Cycle, into: Answers, now: string): void {
  if (field.type !== 'multi-choice' || !field.optionsFrom || !Array.isArray(value)) return;
  const sourceSheet = field.optionsFrom.worksheet ?? sheet.id;
  const source = cycle.answers[sourceSheet]?.[field.optionsFrom.field]?.value;
  if (!Array.isArray(source)) return;
  const hasChosenId = (item: unknown) => typeof item === 'object' && item !== null && 'id' in item && value.includes(item.id);
  const chosen = source.filter(hasChosenId);
  into[sourceSheet] = { ...into[sourceSheet], [field.optionsFrom.field]: { value: chosen, updatedAt: now } };
}

/** The answers a new cycle starts with, given the keys the team ticked. */
export function carriedAnswers(worksheets: readonly WorksheetDef[], cycle: Cycle, chosenKeys: ReadonlySet<string>, now: string): Answers {
  const answers: Answers = {};
  for (const sheet of worksheets) {
    for (const field of sheet.fields) {
      const saved = cycle.answers[sheet.id]?.[field.id];
      if (!field.carry || !saved || !chosenKeys.has(keyOf(sheet.id, field.id))) continue;
      carrySourceItems(sheet, field, saved.value, cycle, answers, now);
      answers[sheet.id] = { ...answers[sheet.id], [field.id]: { value: carriedValue(field, saved.value) as never, updatedAt: now } };
    }
  }
  return answers;
}
