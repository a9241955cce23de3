// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FieldContext } from '../../../src/fields/field-type';
import { PriorityMatrixField } from '../../../src/fields/priority-matrix/PriorityMatrixField';
import { PriorityMatrixDefinitionSchema, isAnswered, placementsByCell, quadrantOf } from '../../../src/fields/priority-matrix/schema';
import type { PriorityMatrixValue } from '../../../src/fields/priority-matrix/schema';

afterEach(cleanup);

const definition = PriorityMatrixDefinitionSchema.parse({ type: 'priority-matrix', id: 'focus', label: 'Place each candidate', itemsFrom: { field: 'candidates' } });
const items = [
  { id: 'a', label: 'Train lunchtime staff' },
  { id: 'b', label: 'Quiet room' },
];

function context(overrides: Partial<FieldContext> = {}): FieldContext {
  return { itemsOf: () => items, people: [], today: '2025-05-01', readOnly: false, valueOf: () => undefined, ...overrides };
}

function draw(value: PriorityMatrixValue | undefined, overrides: Partial<FieldContext> = {}) {
  const onChange = vi.fn();
  render(<PriorityMatrixField definition={definition} value={value} onChange={onChange} idPrefix="f" context={context(overrides)} />);
  return onChange;
}

describe('quadrantOf', () => {
  it('names the four corners', () => {
    expect(quadrantOf({ impact: 'high', effort: 'low' })).toBe('quick-wins');
    expect(quadrantOf({ impact: 'high', effort: 'high' })).toBe('big-projects');
    expect(quadrantOf({ impact: 'low', effort: 'low' })).toBe('fill-ins');
    expect(quadrantOf({ impact: 'low', effort: 'high' })).toBe('think-twice');
  });

  it('puts anything medium in the middle ground', () => {
    expect(quadrantOf({ impact: 'medium', effort: 'low' })).toBe('middle');
    expect(quadrantOf({ impact: 'high', effort: 'medium' })).toBe('middle');
  });
});

describe('placementsByCell', () => {
  it('sorts items into cells, lists the unplaced and keeps placements whose item has gone', () => {
    const sorted = placementsByCell(items, { a: { impact: 'high', effort: 'low' }, gone: { impact: 'low', effort: 'high', label: 'Old idea' } });
    expect(sorted.cells.get('high:low')).toEqual([items[0]]);
    expect(sorted.unplaced).toEqual([items[1]]);
    expect(sorted.orphans).toEqual([{ id: 'gone', label: 'Old idea', placement: { impact: 'low', effort: 'high', label: 'Old idea' } }]);
  });

  it('treats no value as nothing placed', () => {
    const sorted = placementsByCell(items, undefined);
    expect(sorted.cells.size).toBe(0);
    expect(sorted.unplaced).toHaveLength(2);
    expect(sorted.orphans).toEqual([]);
  });
});

describe('isAnswered', () => {
  it('is true once an item is placed', () => {
    expect(isAnswered({})).toBe(false);
    expect(isAnswered({ a: { impact: 'low', effort: 'low' } })).toBe(true);
  });
});

describe('PriorityMatrixField', () => {
  it('places an item once both impact and effort are chosen, and announces its quadrant', () => {
    const onChange = draw(undefined);
    fireEvent.change(screen.getByLabelText('Impact for Train lunchtime staff'), { target: { value: 'high' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByText('Choose both impact and effort to place it on the grid.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Effort for Train lunchtime staff'), { target: { value: 'low' } });
    expect(onChange).toHaveBeenCalledWith({ a: { impact: 'high', effort: 'low', label: 'Train lunchtime staff' } });
    expect(screen.getByText('Train lunchtime staff: Quick wins (high impact, low effort).')).toBeTruthy();
  });

  it('takes an item off the grid when a level is set back to not chosen', () => {
    const onChange = draw({ a: { impact: 'high', effort: 'low' }, b: { impact: 'low', effort: 'low' } });
    fireEvent.change(screen.getByLabelText('Effort for Quiet room'), { target: { value: '' } });
    expect(onChange).toHaveBeenCalledWith({ a: { impact: 'high', effort: 'low' } });
  });

  it('draws the grid as a table with the items in their named cells', () => {
    draw({ a: { impact: 'high', effort: 'low' } });
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Low effort' })).toBeTruthy();
    expect(within(table).getByRole('rowheader', { name: 'High impact' })).toBeTruthy();
    const cell = within(table).getByText('Quick wins: high impact, low effort').closest('td');
    expect(cell?.textContent).toContain('Train lunchtime staff');
    expect(within(table).getByText('Think twice: low impact, high effort')).toBeTruthy();
  });

  it('lists unplaced items and placements whose item has left the list', () => {
    const onChange = draw({ gone: { impact: 'low', effort: 'high', label: 'Old idea' } });
    expect(screen.getByText('Not placed yet')).toBeTruthy();
    expect(screen.getByText('No longer in the list')).toBeTruthy();
    expect(screen.getByText('Old idea (low impact, high effort)')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Impact for Quiet room'), { target: { value: 'low' } });
    fireEvent.change(screen.getByLabelText('Effort for Quiet room'), { target: { value: 'low' } });
    expect(onChange).toHaveBeenLastCalledWith({ gone: { impact: 'low', effort: 'high', label: 'Old idea' }, b: { impact: 'low', effort: 'low', label: 'Quiet room' } });
  });

  it('says there is nothing to place when the source list is empty', () => {
    draw(undefined, { itemsOf: () => [] });
    expect(screen.getByText('There is nothing to place yet: add some items first.')).toBeTruthy();
    expect(screen.queryByText('Not placed yet')).toBeNull();
  });

  it('disables every select in a closed cycle', () => {
    draw({ a: { impact: 'medium', effort: 'high' } }, { readOnly: true });
    const selects = screen.getAllByRole('combobox');
    expect(selects).toHaveLength(4);
    for (const select of selects) expect((select as HTMLSelectElement).disabled).toBe(true);
    expect((screen.getByLabelText('Impact for Train lunchtime staff') as HTMLSelectElement).value).toBe('medium');
  });
});
