/**
 * Pure helpers for table rows, shared by the on-screen table, the PDF and
 * the resolver of references. Rows come from three places, shown in this
 * order: preset rows (from the definition), drawn rows (one per item of
 * another field), rows people added, then orphans — saved rows whose
 * source item has gone, kept so nothing typed is lost.
 *
 * Saved shape: a preset or drawn row is saved under its preset or item id
 * the first time one of its cells is edited, with a copy of its heading in
 * the row's extra `heading` key (rows are loose objects). That copy is how
 * an orphan keeps its name, and what marks a row as drawn rather than added.
 */
import type { FieldRef, RefItem } from '../common';
import type { Column, TableDefinition, TableRow, TableValue } from './schema';

/** Where a row on screen comes from. */
export type RowKind = 'preset' | 'drawn' | 'added' | 'orphan';

/** A row as drawn on screen. */
export interface DisplayRow {
  /** The saved (or to-be-saved) row id. */
  id: string;
  kind: RowKind;
  /** The row's name from its source (preset cells, item label, kept copy); empty for added rows. */
  heading: string;
  /** What each cell shows: saved text over preset text. */
  cells: Record<string, string>;
  /** Column ids whose text is fixed by a preset row: shown as text, never as inputs. */
  fixed: readonly string[];
  /** The saved row, if any cell has been saved yet. */
  saved: TableRow | undefined;
}

/** Columns filled in by every preset row: together they name each preset row. */
export function headingColumnIds(definition: TableDefinition): string[] {
  const presets = definition.presetRows ?? [];
  if (presets.length === 0) return [];
  return definition.columns.filter((column) => presets.every((preset) => (preset.cells[column.id] ?? '') !== '')).map((column) => column.id);
}

/** The first text column (else long-text), which names rows people add. */
export function titleColumn(definition: TableDefinition): Column | undefined {
  return definition.columns.find((column) => column.type === 'text') ?? definition.columns.find((column) => column.type === 'long-text');
}

/** The kept heading of a saved source row, if it has one. */
function keptHeading(row: TableRow): string | undefined {
  const heading = row['heading'];
  return typeof heading === 'string' ? heading : undefined;
}

/** Every row to show, in order: preset, drawn, added, then orphans. */
export function tableRowsForDisplay(definition: TableDefinition, value: TableValue | undefined, itemsOf: (ref: FieldRef) => RefItem[]): DisplayRow[] {
  const savedRows = value ?? [];
  const saved = new Map(savedRows.map((row) => [row.id, row]));
  const used = new Set<string>();
  const rows: DisplayRow[] = [];
  const headingIds = headingColumnIds(definition);
  for (const preset of definition.presetRows ?? []) {
    if (used.has(preset.id)) continue;
    used.add(preset.id);
    const headingText = headingIds.map((id) => preset.cells[id]).join(' — ') || Object.values(preset.cells)[0] || preset.id;
    const row = saved.get(preset.id);
    rows.push({ id: preset.id, kind: 'preset', heading: headingText, cells: { ...preset.cells, ...row?.cells }, fixed: Object.keys(preset.cells), saved: row });
  }
  for (const item of definition.rowsFrom ? itemsOf(definition.rowsFrom) : []) {
    if (used.has(item.id)) continue;
    used.add(item.id);
    const row = saved.get(item.id);
    rows.push({ id: item.id, kind: 'drawn', heading: item.label, cells: { ...row?.cells }, fixed: [], saved: row });
  }
  const rest = savedRows.filter((row) => !used.has(row.id));
  const asRow = (row: TableRow, kind: RowKind): DisplayRow => ({ id: row.id, kind, heading: keptHeading(row) ?? '', cells: { ...row.cells }, fixed: [], saved: row });
  rows.push(...rest.filter((row) => keptHeading(row) === undefined).map((row) => asRow(row, 'added')));
  rows.push(...rest.filter((row) => keptHeading(row) !== undefined).map((row) => asRow(row, 'orphan')));
  return rows;
}

/** "Action", from a row name such as "action". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The visible row header: its source heading, or "Action 2" for rows people add. */
export function rowHeading(definition: TableDefinition, row: DisplayRow, position: number): string {
  if (row.kind !== 'added' && row.heading) return row.heading;
  return `${capitalise(definition.rowName)} ${position}`;
}

/**
 * A cell input's accessible name, e.g. "Due date for action 2: Train lunchtime staff".
 * Rows people add are named by their first text cell (left out for that cell itself).
 */
export function cellLabel(definition: TableDefinition, column: Column, row: DisplayRow, position: number): string {
  const title = titleColumn(definition);
  const name = row.kind === 'added' ? (column.id === title?.id ? '' : (row.cells[title?.id ?? ''] ?? '').trim()) : row.heading;
  return `${column.label} for ${definition.rowName} ${position}${name ? `: ${name}` : ''}`;
}

/** The value with one cell changed, saving a preset or drawn row the first time it is edited. */
export function withCell(value: TableValue | undefined, row: DisplayRow, columnId: string, text: string): TableValue {
  const rows = value ?? [];
  const keep = row.kind === 'preset' || row.kind === 'drawn' ? { heading: row.heading } : {};
  if (row.saved) return rows.map((saved) => (saved.id === row.id ? { ...saved, ...keep, cells: { ...saved.cells, [columnId]: text } } : saved));
  return [...rows, { id: row.id, ...keep, cells: { [columnId]: text } }];
}
