// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RefItem } from '../../../src/fields/common';
import type { FieldContext } from '../../../src/fields/field-type';
import { TableField } from '../../../src/fields/table/TableField';
import { TableDefinitionSchema, type TableDefinition, type TableValue } from '../../../src/fields/table/schema';
import { fieldContext } from './support';

afterEach(cleanup);

const context = (overrides: Partial<FieldContext> = {}): FieldContext => fieldContext({ people: ['SENCo', 'Head of Year 7'], ...overrides });

const actionPlan = TableDefinitionSchema.parse({
  type: 'table', id: 'actions', label: 'Action plan', rowName: 'action', dueColumn: 'due',
  columns: [
    { id: 'action', label: 'Action', type: 'text' },
    { id: 'lead', label: 'Lead', type: 'person' },
    { id: 'due', label: 'Due date', type: 'date' },
    { id: 'cost', label: 'Cost', type: 'number', hint: 'In pounds' },
    { id: 'notes', label: 'Notes', type: 'long-text' },
    { id: 'kind', label: 'Kind', type: 'choice', options: [{ value: 'training', label: 'Training' }, { value: 'space', label: 'Space' }] },
    { id: 'status', label: 'Status', type: 'status' },
  ],
});
const plan: TableValue = [
  { id: 'r1', cells: { action: 'Quiet room at lunch', due: '2026-04-01', status: 'on-track' } },
  { id: 'r2', cells: { action: 'Train lunchtime staff', due: '2026-03-01', status: 'at-risk', kind: 'visits' }, by: 'Year 4 team' },
];

/** Holds the value like the island does, and records every change. */
function Harness({ initial, spy, def = actionPlan, ctx = context() }: { initial: TableValue | undefined; spy: (value: TableValue) => void; def?: TableDefinition; ctx?: FieldContext }) {
  const [value, setValue] = useState(initial);
  return (
    <TableField
      definition={def}
      value={value}
      idPrefix="t1"
      context={ctx}
      onChange={(next) => {
        spy(next);
        setValue(next);
      }}
    />
  );
}

describe('TableField with rows people add', () => {
  it('shows a friendly line and the Add button when empty', () => {
    render(<Harness initial={undefined} spy={() => {}} />);
    expect(screen.getByText('Nothing here yet. Use “Add action” to start.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add action' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('draws a captioned table with column and row headers', () => {
    render(<Harness initial={plan} spy={() => {}} />);
    const table = screen.getByRole('table', { name: 'Action plan' });
    const columnHeads = within(table).getAllByRole('columnheader').map((head) => head.textContent);
    expect(columnHeads.slice(0, 3)).toEqual(['Action', 'Action', 'Lead']);
    expect(within(table).getAllByRole('rowheader').map((head) => head.textContent)).toEqual(['Action 1', 'Action 2from Year 4 team']);
  });

  it('names each input by column, row and first cell, with a visible label for stacked cards', () => {
    render(<Harness initial={plan} spy={() => {}} />);
    const due = screen.getByLabelText('Due date for action 2: Train lunchtime staff') as HTMLInputElement;
    expect(due.type).toBe('date');
    expect(due.value).toBe('2026-03-01');
    expect(document.querySelector(`label[for="${due.id}"]`)?.textContent).toBe('Due date');
    expect(screen.getByLabelText('Action for action 2')).toHaveProperty('value', 'Train lunchtime staff');
  });

  it('uses the right input for each column type', () => {
    render(<Harness initial={plan} spy={() => {}} />);
    const cost = screen.getByLabelText('Cost for action 1: Quiet room at lunch');
    expect(cost.getAttribute('type')).toBe('number');
    expect(cost.getAttribute('inputmode')).toBe('decimal');
    expect(cost.getAttribute('aria-describedby')).toBe('t1-hint-cost');
    expect(document.getElementById('t1-hint-cost')?.textContent).toBe('In pounds');
    expect(screen.getByLabelText('Notes for action 1: Quiet room at lunch').tagName).toBe('TEXTAREA');
    const lead = screen.getByLabelText('Lead for action 1: Quiet room at lunch');
    const list = document.getElementById(lead.getAttribute('list') ?? '');
    expect([...(list?.querySelectorAll('option') ?? [])].map((option) => option.value)).toEqual(['SENCo', 'Head of Year 7']);
    expect(document.getElementById(lead.getAttribute('aria-describedby') ?? '')?.textContent).toContain('keep the plan anonymous');
    const status = screen.getByLabelText('Status for action 1: Quiet room at lunch') as HTMLSelectElement;
    expect([...status.options].map((option) => option.text)).toEqual(['Choose a status', 'Not started', 'On track', 'At risk', 'Off track', 'Done']);
    expect(status.value).toBe('on-track');
  });

  it('keeps a saved choice that is no longer offered visible', () => {
    render(<Harness initial={plan} spy={() => {}} />);
    const kind = screen.getByLabelText('Kind for action 2: Train lunchtime staff') as HTMLSelectElement;
    expect(kind.value).toBe('visits');
    expect(kind.selectedOptions[0]?.text).toBe('(no longer listed) visits');
  });

  it('shows Overdue in words when the due date has passed and the action is not done', () => {
    const { rerender } = render(<TableField definition={actionPlan} value={plan} onChange={() => {}} idPrefix="t1" context={context()} />);
    const overdue = screen.getAllByText('Overdue');
    expect(overdue).toHaveLength(1);
    expect(screen.getByLabelText('Status for action 2: Train lunchtime staff').getAttribute('aria-describedby')).toBe(overdue[0]?.id);
    const done: TableValue = [{ id: 'r2', cells: { action: 'Train lunchtime staff', due: '2026-03-01', status: 'done' } }];
    rerender(<TableField definition={actionPlan} value={done} onChange={() => {}} idPrefix="t1" context={context()} />);
    expect(screen.queryByText('Overdue')).toBeNull();
  });

  it('reports each edit with the whole table', () => {
    const spy = vi.fn();
    render(<Harness initial={plan} spy={spy} />);
    fireEvent.input(screen.getByLabelText('Lead for action 1: Quiet room at lunch'), { target: { value: 'SENCo' } });
    expect(spy).toHaveBeenLastCalledWith([{ id: 'r1', cells: { ...plan[0]?.cells, lead: 'SENCo' } }, plan[1]]);
    fireEvent.change(screen.getByLabelText('Status for action 1: Quiet room at lunch'), { target: { value: 'done' } });
    expect(spy.mock.lastCall?.[0][0].cells.status).toBe('done');
  });

  it('adds a row with its contributor and focuses its first input', () => {
    const spy = vi.fn();
    render(<Harness initial={plan} spy={spy} ctx={context({ contributor: 'SENCo' })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add action' }));
    const added = spy.mock.lastCall?.[0] as TableValue;
    expect(added).toHaveLength(3);
    expect(added[2]).toMatchObject({ cells: {}, by: 'SENCo' });
    expect(document.activeElement).toBe(screen.getByLabelText('Action for action 3'));
  });

  it('moves a row down and keeps focus on its Move down button', () => {
    const spy = vi.fn();
    render(<Harness initial={plan} spy={spy} />);
    fireEvent.click(screen.getByRole('button', { name: 'Move down action 1' }));
    expect(spy.mock.lastCall?.[0].map((row: { id: string }) => row.id)).toEqual(['r2', 'r1']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move down action 2' }));
    expect(screen.getByText('Moved ‘Quiet room at lunch’ to position 2 of 2.')).toBeTruthy();
  });

  it('removes a row, focuses Undo, and puts the row back where it was', () => {
    const spy = vi.fn();
    render(<Harness initial={plan} spy={spy} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove action 1' }));
    expect(spy).toHaveBeenLastCalledWith([plan[1]]);
    expect(screen.getByText(/Removed ‘Quiet room at lunch’\./)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(spy).toHaveBeenLastCalledWith(plan);
    expect(document.activeElement).toBe(screen.getByLabelText('Action for action 1'));
  });

  it('shows every value read-only, with no buttons, in a closed cycle', () => {
    render(<Harness initial={plan} spy={() => {}} ctx={context({ readOnly: true })} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.getAllByRole('textbox').every((box) => (box as HTMLInputElement).readOnly)).toBe(true);
    const selects = [...document.querySelectorAll('select')];
    expect(selects.length).toBeGreaterThan(0);
    expect(selects.every((select) => select.disabled)).toBe(true);
    expect((screen.getByLabelText('Lead for action 1: Quiet room at lunch') as HTMLInputElement).readOnly).toBe(true);
    expect((screen.getByLabelText('Due date for action 1: Quiet room at lunch') as HTMLInputElement).readOnly).toBe(true);
  });

  it('says nothing was added when empty and read-only', () => {
    render(<Harness initial={[]} spy={() => {}} ctx={context({ readOnly: true })} />);
    expect(screen.getByText('Nothing was added.')).toBeTruthy();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});

const audit = TableDefinitionSchema.parse({
  type: 'table', id: 'audit', label: 'Policy audit', rowName: 'area',
  columns: [
    { id: 'area', label: 'Policy area', type: 'text' },
    { id: 'rating', label: 'Where we are', type: 'choice', options: [{ value: 'not-started', label: 'Not started' }, { value: 'embedded', label: 'Embedded' }] },
    { id: 'evidence', label: 'Evidence', type: 'long-text' },
  ],
  presetRows: [{ id: 'behaviour', cells: { area: 'Behaviour' } }, { id: 'uniform', cells: { area: 'Uniform' } }],
});

describe('TableField with preset rows', () => {
  it('shows preset cells as row headers and offers no Add button', () => {
    render(<Harness initial={undefined} spy={() => {}} def={audit} />);
    expect(screen.getAllByRole('rowheader').map((head) => head.textContent)).toEqual(['Behaviour', 'Uniform']);
    expect(screen.getAllByRole('columnheader').map((head) => head.textContent)).toEqual(['Policy area', 'Where we are', 'Evidence']);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('saves a preset row under its id the first time it is edited', () => {
    const spy = vi.fn();
    render(<Harness initial={undefined} spy={spy} def={audit} />);
    fireEvent.change(screen.getByLabelText('Where we are for area 2: Uniform'), { target: { value: 'embedded' } });
    expect(spy).toHaveBeenLastCalledWith([{ id: 'uniform', heading: 'Uniform', cells: { rating: 'embedded' } }]);
    fireEvent.input(screen.getByLabelText('Evidence for area 2: Uniform'), { target: { value: 'Pupil survey' } });
    expect(spy).toHaveBeenLastCalledWith([{ id: 'uniform', heading: 'Uniform', cells: { rating: 'embedded', evidence: 'Pupil survey' } }]);
  });

  it('lets people add their own rows, named in the row header, when allowed', () => {
    const spy = vi.fn();
    render(<Harness initial={undefined} spy={spy} def={{ ...audit, allowAddRows: true }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add area' }));
    const own = screen.getByLabelText('Policy area for area 3');
    expect(document.activeElement).toBe(own);
    expect(own.closest('th')?.getAttribute('scope')).toBe('row');
    fireEvent.input(own, { target: { value: 'Homework club' } });
    expect(screen.getByLabelText('Evidence for area 3: Homework club')).toBeTruthy();
  });
});

const priorities: RefItem[] = [{ id: 'p1', label: 'Calmer corridors' }, { id: 'p2', label: 'Lunchtime belonging' }];
const checks = TableDefinitionSchema.parse({
  type: 'table', id: 'checks', label: 'Progress on each priority', rowName: 'priority',
  rowsFrom: { field: 'priorities' },
  columns: [
    { id: 'update', label: 'Update', type: 'text' },
    { id: 'owner', label: 'Owner', type: 'choice', optionsFrom: { field: 'team' } },
  ],
});
const itemsOf = (ref: { field: string }) => (ref.field === 'priorities' ? priorities : [{ id: 'senco', label: 'SENCo' }]);

describe('TableField with rows drawn from another field', () => {
  it('draws one row per source item, headed by its label', () => {
    render(<Harness initial={undefined} spy={() => {}} def={checks} ctx={context({ itemsOf })} />);
    expect(screen.getAllByRole('rowheader').map((head) => head.textContent)).toEqual(['Calmer corridors', 'Lunchtime belonging']);
    const owner = screen.getByLabelText('Owner for priority 1: Calmer corridors') as HTMLSelectElement;
    expect([...owner.options].map((option) => option.text)).toEqual(['Choose…', 'SENCo']);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('saves a drawn row under the item id', () => {
    const spy = vi.fn();
    render(<Harness initial={undefined} spy={spy} def={checks} ctx={context({ itemsOf })} />);
    fireEvent.input(screen.getByLabelText('Update for priority 2: Lunchtime belonging'), { target: { value: 'Buddy benches in use' } });
    expect(spy).toHaveBeenLastCalledWith([{ id: 'p2', heading: 'Lunchtime belonging', cells: { update: 'Buddy benches in use' } }]);
  });

  it('keeps a saved row whose source item has gone, under its own heading, and lets people remove it', () => {
    const spy = vi.fn();
    const saved: TableValue = [{ id: 'p0', heading: 'Old priority', cells: { update: 'Half done' } }];
    render(<Harness initial={saved} spy={spy} def={checks} ctx={context({ itemsOf })} />);
    expect(screen.getByRole('rowheader', { name: 'No longer in the source list What you typed is kept. Remove a row when you no longer need it.' })).toBeTruthy();
    expect(screen.getByLabelText('Update for priority 3: Old priority')).toHaveProperty('value', 'Half done');
    fireEvent.click(screen.getByRole('button', { name: 'Remove priority 3' }));
    expect(spy).toHaveBeenLastCalledWith([]);
  });

  it('explains where rows come from while the source is empty', () => {
    render(<Harness initial={undefined} spy={() => {}} def={checks} />);
    expect(screen.getByText('Rows appear here once the list this table draws on has items.')).toBeTruthy();
  });
});
