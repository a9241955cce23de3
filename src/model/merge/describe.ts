/**
 * Values in words, for the merge review: a conflict shows each answer side
 * by side, so a rating reads "2 – Sometimes" and a status "On track", never
 * a bare code. Pure; text only (never HTML).
 */
import type { FieldDefinition } from '../../fields/definitions';
import type { Column, TableDefinition, TableRow } from '../../fields/table/schema';
import { formatDateInWords } from '../../lib/dates';
import { describeLevel } from '../../fields/rating/schema';
import { STATUS_LABELS, type StatusValue } from '../../fields/status/schema';

/** Looks up an item's words by id (from another field), when the option comes from one. */
export type ItemLabel = (id: string) => string | undefined;

/** An option's label, else the item's words, else the saved value itself. */
function optionLabel(options: readonly { value: string; label: string }[] | undefined, value: string, itemLabel: ItemLabel): string {
  return options?.find((option) => option.value === value)?.label ?? itemLabel(value) ?? value;
}

/** A status code in words, or the code itself. */
function statusLabel(value: string): string {
  return (STATUS_LABELS as Record<string, string>)[value] ?? value;
}

/** One follow-up record in words. */
function describeFollowUps(value: unknown): string {
  const entries = Object.values(value as Record<string, { followUps: unknown[]; interpretation: string }>);
  const results = entries.reduce((sum, entry) => sum + entry.followUps.length, 0);
  const notes = entries.map((entry) => entry.interpretation.trim()).filter(Boolean);
  return [`${String(results)} follow-up result${results === 1 ? '' : 's'}`, ...notes].join('; ');
}

/** A field's value (already checked against it) in words. */
export function describeValue(field: FieldDefinition, value: unknown, itemLabel: ItemLabel = () => undefined): string {
  if (value === undefined) return '(no answer yet)';
  switch (field.type) {
    case 'choice':
      return value === '' ? '(no answer yet)' : optionLabel(field.options, value as string, itemLabel);
    case 'multi-choice':
      return (value as string[]).map((chosen) => optionLabel(field.options, chosen, itemLabel)).join(', ') || '(nothing chosen)';
    case 'date':
      return formatDateInWords(value as string) ?? '(no date)';
    case 'rating':
      return describeLevel(field.levels, value as number) ?? String(value);
    case 'status':
      return statusLabel(value as StatusValue);
    case 'indicator':
      return describeFollowUps(value);
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** One table cell in words (status and choice codes as their labels). */
export function describeCell(column: Column | undefined, value: string, itemLabel: ItemLabel = () => undefined): string {
  if (value.trim() === '') return '(empty)';
  if (column?.type === 'status') return statusLabel(value);
  if (column?.type === 'choice') return optionLabel(column.options, value, itemLabel);
  if (column?.type === 'date') return formatDateInWords(value) ?? value;
  return value.trim();
}

/** A table row in words: its non-empty cells in column order, joined by " · ". */
export function describeRow(table: TableDefinition, row: Pick<TableRow, 'cells'>, itemLabel: ItemLabel = () => undefined): string {
  return table.columns
    .map((column) => {
      const cell = row.cells[column.id] ?? '';
      return cell.trim() === '' ? '' : describeCell(column, cell, itemLabel);
    })
    .filter(Boolean)
    .join(' · ');
}
