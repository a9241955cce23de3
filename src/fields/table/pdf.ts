/**
 * A table in PDF: a real table whose header repeats on every page it runs
 * onto. Choices show their words, statuses their words (with Overdue), dates
 * a short date. Blank: the preset rows with empty cells, plus empty rows.
 */
import type { FieldPdf } from '../../pdf/field-context';
import { notAnswered } from '../../pdf/layout/common-blocks';
import { table } from '../../pdf/layout/blocks';
import { formatDate } from '../../lib/dates';
import { statusText } from '../status/pdf';
import { columnOptions } from './options';
import { capitalise, rowHeading, tableRowsForDisplay, type DisplayRow } from './rows';
import type { Column, TableDefinition, TableValue } from './schema';

const WEIGHTS: Record<Column['type'], number> = { text: 2, 'long-text': 2.4, date: 1.1, person: 1.3, choice: 1.5, status: 1.6, number: 0.8 };

/** A cell as printed text. */
function cellText(definition: TableDefinition, column: Column, row: DisplayRow, options: Map<string, string>, today: string): string {
  const raw = (row.cells[column.id] ?? '').trim();
  if (column.type === 'status') return raw ? statusText(raw, row.cells[definition.dueColumn ?? ''], today) : '';
  if (column.type === 'choice') return options.get(raw) ?? raw;
  if (column.type === 'date') return raw ? formatDate(raw) : '';
  return raw;
}

/** Draws a table field. */
export const tablePdf: FieldPdf<TableDefinition, TableValue> = (definition, value, context) => {
  const rows = tableRowsForDisplay(definition, context.blank ? [] : value, context.itemsOf);
  const headed = (definition.presetRows?.length ?? 0) > 0 || definition.rowsFrom !== undefined;
  const fixed = new Set(headed ? (definition.presetRows?.[0] ? Object.keys(definition.presetRows[0].cells) : []) : []);
  const columns = definition.columns.filter((column) => !fixed.has(column.id));
  const options = new Map(columns.map((column) => [column.id, new Map(columnOptions(column, context.itemsOf).map((option) => [option.value, option.label]))]));
  const header = [...(headed ? [{ label: capitalise(definition.rowName), weight: 2 }] : []), ...columns.map((column) => ({ label: column.label, weight: WEIGHTS[column.type] }))];
  const cells = rows.map((row, index) => [
    ...(headed ? [rowHeading(definition, row, index + 1)] : []),
    ...columns.map((column) => (context.blank ? '' : cellText(definition, column, row, options.get(column.id) ?? new Map(), context.today))),
  ]);
  if (context.blank) return [table(header, cells, definition.allowAddRows !== false && !definition.presetRows ? 6 : 0)];
  const filled = cells.filter((row) => row.slice(headed ? 1 : 0).some((cell) => cell !== ''));
  return filled.length > 0 || headed ? [table(header, headed ? cells : filled)] : [notAnswered()];
};
