/** The options a choice or status column offers. */
import type { FieldRef, RefItem } from '../common';
import { STATUS_LABELS, STATUS_VALUES } from '../status/schema';
import type { Column } from './schema';

/** One option of a select in a table cell. */
export interface CellOption {
  value: string;
  label: string;
}

/** A column's options: its own, another field's items, or the five statuses; none for other types. */
export function columnOptions(column: Column, itemsOf: (ref: FieldRef) => RefItem[]): CellOption[] {
  if (column.type === 'status') return STATUS_VALUES.map((status) => ({ value: status, label: STATUS_LABELS[status] }));
  if (column.type !== 'choice') return [];
  if (column.options) return column.options.map((option) => ({ value: option.value, label: option.label }));
  return column.optionsFrom ? itemsOf(column.optionsFrom).map((item) => ({ value: item.id, label: item.label })) : [];
}
