/** A status in PDF: always in words (never colour alone), with Overdue when its due date has passed. */
import type { FieldPdf } from '../../pdf/field-context';
import { notAnswered, tickBoxes } from '../../pdf/layout/common-blocks';
import { paragraph } from '../../pdf/layout/blocks';
import { STATUS_LABELS, STATUS_VALUES, dueDateFrom, isOverdue, type StatusDefinition, type StatusValue } from './schema';

/** A status in words, such as "At risk" or "On track (Overdue)". */
export function statusText(status: string | undefined, due: string | undefined, today: string): string {
  const known = (STATUS_VALUES as readonly string[]).includes(status ?? '') ? (status as StatusValue) : undefined;
  const label = known ? STATUS_LABELS[known] : 'Not set';
  return isOverdue(known, due, today) ? `${label} (Overdue)` : label;
}

/** Draws a status field. */
export const statusPdf: FieldPdf<StatusDefinition, StatusValue> = (definition, value, context) => {
  if (context.blank) return tickBoxes(STATUS_VALUES.map((status) => STATUS_LABELS[status]));
  if (!value) return [notAnswered()];
  const due = definition.dueField ? dueDateFrom(context.valueOf(definition.dueField)) : undefined;
  return [paragraph(`Status: ${statusText(value, due, context.today)}`, { bold: true })];
};
