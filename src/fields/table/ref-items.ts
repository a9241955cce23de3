/**
 * A table's rows as items other fields can use (e.g. the actions of an
 * action plan, drawn into a progress log). Used by the island's resolver,
 * which has no access to other fields, so drawn rows come in saved order.
 */
import type { RefItem } from '../common';
import { titleColumn } from './rows';
import type { TableDefinition, TableRow, TableValue } from './schema';

/**
 * The rows as items: preset rows first (even before anyone edits them), then
 * saved rows in order. Each is labelled by `column` (else the first text
 * column, else the row's source heading); rows with no label are left out,
 * and so are rows whose status is "done" when `unfinishedOnly`.
 */
export function tableRowsAsRefItems(definition: TableDefinition, value: TableValue, column?: string, unfinishedOnly = false): RefItem[] {
  const labelColumn = column ?? titleColumn(definition)?.id;
  const statusColumn = definition.columns.find((candidate) => candidate.type === 'status')?.id;
  const saved = new Map(value.map((row) => [row.id, row]));
  const presets = definition.presetRows ?? [];
  const presetIds = new Set(presets.map((preset) => preset.id));
  const rows: { id: string; cells: Record<string, string>; heading: string }[] = [
    ...presets.map((preset) => ({ id: preset.id, cells: { ...preset.cells, ...saved.get(preset.id)?.cells }, heading: '' })),
    ...value.filter((row) => !presetIds.has(row.id)).map((row) => ({ id: row.id, cells: row.cells, heading: headingOf(row) })),
  ];
  return rows.flatMap((row) => {
    if (unfinishedOnly && statusColumn && row.cells[statusColumn] === 'done') return [];
    const label = ((labelColumn ? row.cells[labelColumn] : undefined) ?? '').trim() || row.heading.trim();
    return label ? [{ id: row.id, label }] : [];
  });
}

function headingOf(row: TableRow): string {
  const heading = row['heading'];
  return typeof heading === 'string' ? heading : '';
}
