/**
 * Pure helpers for a table answer in the plan: which column names each row,
 * which columns have anything in them, and each cell's text in words
 * (option labels, statuses, dates), so empty columns never crowd the page.
 */
import type { RefItem } from '../../../fields/common';
import { formatDate } from '../../../lib/dates';
import { STATUS_LABELS, isOverdue, type StatusValue } from '../../../fields/status/schema';
import { columnOptions } from '../../../fields/table/options';
import { headingColumnIds, titleColumn, type DisplayRow } from '../../../fields/table/rows';
import type { Column, TableDefinition } from '../../../fields/table/schema';
import type { AnswerContext } from './answer-props';

/** How the plan lays out a table: the row-header column and the data columns. */
export interface TableLayout {
  /** The column whose text names each row, if the table has one. */
  headerColumn: Column | undefined;
  /** The row header's column heading. */
  headerLabel: string;
  /** Columns shown as data cells. */
  columns: Column[];
}

/** True when any shown row has something in this column. */
function columnUsed(column: Column, rows: readonly DisplayRow[]): boolean {
  return rows.some((row) => (row.cells[column.id] ?? '').trim() !== '');
}

/** Picks the row-header column and the non-empty data columns. */
export function tableLayout(definition: TableDefinition, rows: readonly DisplayRow[]): TableLayout {
  const headingIds = headingColumnIds(definition);
  const headerId = headingIds[0] ?? (definition.rowsFrom ? undefined : titleColumn(definition)?.id);
  const headerColumn = definition.columns.find((column) => column.id === headerId);
  const columns = definition.columns.filter((column) => column.id !== headerId && !headingIds.includes(column.id) && columnUsed(column, rows));
  const headerLabel = headerColumn?.label ?? definition.rowName.charAt(0).toUpperCase() + definition.rowName.slice(1);
  return { headerColumn, headerLabel, columns };
}

/** True when a row has anything typed or chosen (fixed preset text does not count). */
export function rowHasAnswers(row: DisplayRow): boolean {
  return Object.entries(row.cells).some(([id, text]) => !row.fixed.includes(id) && text.trim() !== '');
}

function statusText(definition: TableDefinition, row: DisplayRow, text: string, today: string): string {
  const words = STATUS_LABELS[text as StatusValue] ?? text;
  const due = definition.dueColumn ? row.cells[definition.dueColumn] : undefined;
  return isOverdue(text as StatusValue, due, today) ? `${words}; overdue (due ${formatDate(due)})` : words;
}

/** One cell's text in words. */
export function cellText(definition: TableDefinition, column: Column, row: DisplayRow, context: AnswerContext): string {
  const text = (row.cells[column.id] ?? '').trim();
  if (text === '') return '';
  if (column.type === 'status') return statusText(definition, row, text, context.today);
  if (column.type === 'date') return formatDate(text);
  if (column.type === 'choice') {
    const options: RefItem[] = columnOptions(column, context.itemsOf).map((option) => ({ id: option.value, label: option.label }));
    return context.text(options.find((option) => option.id === text)?.label ?? text);
  }
  return context.text(text);
}
