/**
 * Planning the merge of one contributed value into one field, by field type:
 * entries (list items, table rows, indicators, survey groups) are added and
 * checked for duplicates; single answers and preset table cells become slots
 * (fill or conflict); dot votes, matrix placements and checklist ticks are
 * combined. Pure.
 */
import type { FieldDefinition } from '../../fields/definitions';
import type { ListItem } from '../../fields/list/schema';
import type { TableDefinition, TableRow } from '../../fields/table/schema';
import type { TallyGroup } from '../../fields/survey-tally/schema';
import type { Indicator } from '../../fields/indicator/schema';
import { titleColumn } from '../../fields/table/rows';
import { describeCell, describeRow, describeValue, type ItemLabel } from './describe';
import { isBlank, TEAM, type PlanState, type PoolEntry } from './plan-state';
import type { MergePlace } from './types';

/** One contributed value, already checked against its field, and where it goes. */
export interface FieldInput {
  place: MergePlace;
  field: FieldDefinition;
  source: number;
  by: string;
  /** The contributed value (fits the field). */
  value: unknown;
  /** The team's value (fits the field), or undefined when there is none. */
  team: unknown;
  /** Words for items other fields draw on. */
  itemLabel: ItemLabel;
}

/** Words for one survey group, e.g. "Year 4 (2025-10-01)". */
function groupText(group: TallyGroup): string {
  const label = group.label.trim() || 'A group with no name';
  return group.date ? `${label} (${group.date})` : label;
}

/** What makes two survey groups the same: identical label, date and counts. */
function groupKey(group: TallyGroup): string {
  return JSON.stringify([group.label.trim(), group.date, group.counts]);
}

/** Adds each entry of a list-like value, with the team's entries as the pool. */
function planEntries<T extends { id: string; by?: string | undefined }>(
  state: PlanState,
  input: FieldInput,
  textOf: (entry: T) => string,
  keyOf?: (entry: T) => string,
): void {
  const seed = (): PoolEntry[] =>
    ((input.team as T[] | undefined) ?? []).map((entry) => ({ id: entry.id, text: textOf(entry), by: entry.by ?? TEAM, ...(keyOf ? { exactKey: keyOf(entry) } : {}) }));
  for (const entry of input.value as T[]) {
    const text = textOf(entry);
    if (text.trim() === '') continue;
    state.addEntry(input.place, input.source, input.by, { ...entry }, text, keyOf?.(entry), seed);
  }
}

/** A row's label for people: its title cell, else the preset's, else its id. */
function rowLabel(table: TableDefinition, rowId: string, rows: readonly (Pick<TableRow, 'cells'> | undefined)[]): string {
  const title = titleColumn(table)?.id;
  const preset = table.presetRows?.find((row) => row.id === rowId);
  const candidates = [...rows.map((row) => (title ? row?.cells[title] : undefined)), title ? preset?.cells[title] : undefined];
  return candidates.find((text) => text !== undefined && text.trim() !== '')?.trim() ?? rowId;
}

/** Preset or drawn rows are the same row in every workbook: merge them cell by cell. */
function planCells(state: PlanState, input: FieldInput, table: TableDefinition): void {
  const teamRows = new Map(((input.team as TableRow[] | undefined) ?? []).map((row) => [row.id, row]));
  for (const row of input.value as TableRow[]) {
    const teamRow = teamRows.get(row.id);
    const label = rowLabel(table, row.id, [teamRow, row]);
    for (const column of table.columns) {
      const value = row.cells[column.id] ?? '';
      if (value.trim() === '') continue;
      const team = teamRow?.cells[column.id];
      const cell = { rowId: row.id, columnId: column.id, rowLabel: label, columnLabel: column.label };
      const key = [input.place.worksheetId, input.place.fieldId, row.id, column.id].join('\u0000');
      const create = () => ({
        place: input.place,
        cell,
        team: isBlank(team) ? undefined : team,
        teamText: describeCell(column, team ?? '', input.itemLabel),
      });
      state.offer(key, create, { source: input.source, by: input.by, value, text: describeCell(column, value, input.itemLabel) });
    }
  }
}

/** Sentence parts for combinations. */
function countWords(count: number, one: string, many: string): string {
  return `${String(count)} ${count === 1 ? one : many}`;
}

/** Dot votes, placements and ticks: combined without a choice, and described. */
function planCombination(state: PlanState, input: FieldInput): void {
  const base = { ...input.place, source: input.source, by: input.by, value: input.value };
  if (input.field.type === 'dot-vote') {
    const dots = Object.values(input.value as Record<string, number>).reduce((sum, count) => sum + count, 0);
    if (dots === 0) return;
    state.plan.combinations.push({ ...base, kind: 'dots', description: `${countWords(dots, 'dot', 'dots')} from ${input.by} added to the team’s votes.` });
  } else if (input.field.type === 'priority-matrix') {
    const placed = Object.keys(input.value as object).length;
    if (placed === 0) return;
    state.plan.combinations.push({
      ...base,
      kind: 'placements',
      description: `${countWords(placed, 'placement', 'placements')} from ${input.by}: used for items the team has not placed yet; where the team has placed an item, the team’s placement stays.`,
    });
  } else {
    const ticks = (input.value as string[]).length;
    if (ticks === 0) return;
    state.plan.combinations.push({ ...base, kind: 'ticks', description: `${countWords(ticks, 'tick', 'ticks')} from ${input.by} added (ticks are only ever added, never removed).` });
  }
}

/** A single answer: offered to its slot. */
function planSingle(state: PlanState, input: FieldInput): void {
  const key = [input.place.worksheetId, input.place.fieldId].join('\u0000');
  const create = () => ({ place: input.place, team: isBlank(input.team) ? undefined : input.team, teamText: describeValue(input.field, input.team, input.itemLabel) });
  state.offer(key, create, { source: input.source, by: input.by, value: input.value, text: describeValue(input.field, input.value, input.itemLabel) });
}

/** Plans one contributed value according to its field's type. */
export function planField(state: PlanState, input: FieldInput): void {
  const { field } = input;
  switch (field.type) {
    case 'list':
      return planEntries<ListItem>(state, input, (item) => item.text.trim());
    case 'table':
      if (field.presetRows || field.rowsFrom) return planCells(state, input, field);
      return planEntries<TableRow>(state, input, (row) => describeRow(field, row, input.itemLabel));
    case 'survey-tally':
      return planEntries<TallyGroup>(state, input, groupText, groupKey);
    case 'dot-vote':
    case 'priority-matrix':
    case 'checklist':
      return planCombination(state, input);
    case 'indicator':
      if (field.mode === 'define') return planEntries<Indicator>(state, input, (indicator) => indicator.name.trim());
      return planSingle(state, input);
    default:
      return planSingle(state, input);
  }
}
