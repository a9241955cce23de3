import { describe, expect, it } from 'vitest';
import { rowHeading, tableRowsForDisplay, withCell } from '../../../src/fields/table/rows';
import { TableDefinitionSchema, isAnswered, tableRowsAsRefItems, type TableValue } from '../../../src/fields/table/schema';

const drawn = TableDefinitionSchema.parse({
  type: 'table', id: 'log', label: 'Progress log', rowName: 'action', rowsFrom: { field: 'actions' }, allowAddRows: true,
  columns: [{ id: 'update', label: 'Update', type: 'text' }, { id: 'status', label: 'Status', type: 'status' }],
});
const items = () => [{ id: 'a1', label: 'Quiet room' }, { id: 'a2', label: 'Train staff' }];

const audit = TableDefinitionSchema.parse({
  type: 'table', id: 'audit', label: 'Policy audit', rowName: 'area',
  columns: [{ id: 'area', label: 'Policy area', type: 'text' }, { id: 'rating', label: 'Rating', type: 'text' }, { id: 'status', label: 'Status', type: 'status' }],
  presetRows: [{ id: 'behaviour', cells: { area: 'Behaviour' } }, { id: 'uniform', cells: { area: 'Uniform' } }],
});

describe('tableRowsForDisplay', () => {
  it('lists drawn rows in source order, then added rows, then orphans', () => {
    const value: TableValue = [
      { id: 'gone', heading: 'Old action', cells: { update: 'Kept' } },
      { id: 'a2', heading: 'Train staff', cells: { update: 'Booked' } },
      { id: 'own', cells: { update: 'Our own' } },
    ];
    const rows = tableRowsForDisplay(drawn, value, items);
    expect(rows.map((row) => [row.id, row.kind, row.heading])).toEqual([
      ['a1', 'drawn', 'Quiet room'],
      ['a2', 'drawn', 'Train staff'],
      ['own', 'added', ''],
      ['gone', 'orphan', 'Old action'],
    ]);
    expect(rows[0]?.saved).toBeUndefined();
    expect(rows[1]?.cells).toEqual({ update: 'Booked' });
  });

  it('merges saved cells over preset ones and marks preset cells as fixed', () => {
    const rows = tableRowsForDisplay(audit, [{ id: 'uniform', cells: { rating: 'Good' } }], () => []);
    expect(rows[1]).toMatchObject({ id: 'uniform', kind: 'preset', heading: 'Uniform', cells: { area: 'Uniform', rating: 'Good' }, fixed: ['area'] });
  });

  it('draws nothing for an unanswered plain table', () => {
    expect(tableRowsForDisplay(TableDefinitionSchema.parse({ type: 'table', id: 't', label: 'Team', columns: [{ id: 'a', label: 'A', type: 'text' }] }), undefined, () => [])).toEqual([]);
  });
});

describe('rowHeading', () => {
  it('uses the source heading, or the row name and number for rows people add', () => {
    const [first, , own] = tableRowsForDisplay(drawn, [{ id: 'own', cells: {} }], items);
    expect(first && rowHeading(drawn, first, 1)).toBe('Quiet room');
    expect(own && rowHeading(drawn, own, 3)).toBe('Action 3');
  });
});

describe('withCell', () => {
  it('saves a drawn row with its heading the first time, then edits it in place', () => {
    const [first] = tableRowsForDisplay(drawn, [], items);
    if (!first) throw new Error('no row');
    const once = withCell([], first, 'update', 'Started');
    expect(once).toEqual([{ id: 'a1', heading: 'Quiet room', cells: { update: 'Started' } }]);
    const [again] = tableRowsForDisplay(drawn, once, items);
    if (!again) throw new Error('no row');
    expect(withCell(once, again, 'status', 'on-track')).toEqual([{ id: 'a1', heading: 'Quiet room', cells: { update: 'Started', status: 'on-track' } }]);
  });
});

describe('table isAnswered', () => {
  it('is true only when some cell holds text', () => {
    expect(isAnswered([])).toBe(false);
    expect(isAnswered([{ id: 'r', cells: { a: ' ', b: '' } }])).toBe(false);
    expect(isAnswered([{ id: 'r', cells: { a: '' } }, { id: 's', cells: { b: 'x' } }])).toBe(true);
  });
});

describe('tableRowsAsRefItems', () => {
  const plan = TableDefinitionSchema.parse({
    type: 'table', id: 'actions', label: 'Actions', rowName: 'action',
    columns: [{ id: 'due', label: 'Due', type: 'date' }, { id: 'action', label: 'Action', type: 'text' }, { id: 'lead', label: 'Lead', type: 'person' }, { id: 'status', label: 'Status', type: 'status' }],
  });
  const value: TableValue = [
    { id: 'r1', cells: { action: 'Quiet room', lead: 'SENCo', status: 'done' } },
    { id: 'r2', cells: { action: ' Train staff ', status: 'on-track' } },
    { id: 'r3', cells: { action: '' } },
  ];

  it('labels rows by the first text column and leaves out blank ones', () => {
    expect(tableRowsAsRefItems(plan, value)).toEqual([{ id: 'r1', label: 'Quiet room' }, { id: 'r2', label: 'Train staff' }]);
  });

  it('labels rows by the named column', () => {
    expect(tableRowsAsRefItems(plan, value, 'lead')).toEqual([{ id: 'r1', label: 'SENCo' }]);
  });

  it('leaves out done rows when asked for unfinished ones only', () => {
    expect(tableRowsAsRefItems(plan, value, undefined, true)).toEqual([{ id: 'r2', label: 'Train staff' }]);
  });

  it('includes preset rows before anyone edits them, by their preset text', () => {
    expect(tableRowsAsRefItems(audit, [{ id: 'uniform', cells: { status: 'done' } }], undefined, true)).toEqual([{ id: 'behaviour', label: 'Behaviour' }]);
  });

  it('falls back to a drawn row’s kept heading', () => {
    expect(tableRowsAsRefItems(drawn, [{ id: 'a1', heading: 'Quiet room', cells: { status: 'at-risk' } }])).toEqual([{ id: 'a1', label: 'Quiet room' }]);
  });
});
