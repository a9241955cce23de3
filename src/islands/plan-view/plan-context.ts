/** Builds the lookups each worksheet's answers use in the plan, with names swapped for roles when asked. */
import type { FieldDefinition } from '../../fields/definitions';
import type { Cycle, Workbook } from '../../model/workbook';
import type { WorksheetDef } from '../../worksheets/types';
import { buildFieldContext } from '../../worksheets/field-context';
import type { AnswerContext } from './answers/answer-props';
import type { TextFilter } from '../../worksheets/names-to-roles';

/** The answer lookups for one worksheet in one cycle. */
export function answerContext(workbook: Workbook, cycle: Cycle, sheet: WorksheetDef, worksheets: ReadonlyMap<string, WorksheetDef>, text: TextFilter): AnswerContext {
  const fields = buildFieldContext(workbook, cycle, sheet, worksheets);
  return {
    text,
    itemsOf: (ref) => fields.itemsOf(ref).map((item) => ({ id: item.id, label: text(item.label) })),
    valueOf: fields.valueOf,
    rawValueOf: (ref) => fields.rawValueOf?.(ref),
    today: fields.today,
  };
}

/**
 * The team table without its name column, when names are replaced with roles
 * and every role is different (the role column then tells people apart; when
 * two share a role the name column stays, showing "Teacher 1", "Teacher 2").
 */
export function withoutNames(field: FieldDefinition, dropNameColumn: boolean): FieldDefinition {
  if (!dropNameColumn || field.type !== 'table' || field.setup !== 'team') return field;
  const columns = field.columns.filter((column) => column.id !== 'name');
  return columns.length > 0 ? { ...field, columns } : field;
}
