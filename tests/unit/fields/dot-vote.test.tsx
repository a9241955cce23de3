// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DotVoteField } from '../../../src/fields/dot-vote/DotVoteField';
import { DotVoteDefinitionSchema, describeDots, isAnswered, rankByDots } from '../../../src/fields/dot-vote/schema';
import type { DotVoteValue } from '../../../src/fields/dot-vote/schema';
import type { FieldContext } from '../../../src/fields/field-type';

afterEach(cleanup);

const definition = DotVoteDefinitionSchema.parse({ type: 'dot-vote', id: 'votes', label: 'Vote for your priorities', itemsFrom: { field: 'candidates' } });
const items = [
  { id: 'a', label: 'Train lunchtime staff' },
  { id: 'b', label: 'Quiet room' },
  { id: 'c', label: 'Soft start' },
];

function draw(value: DotVoteValue | undefined, overrides: Partial<FieldContext> = {}) {
  const onChange = vi.fn();
  const context: FieldContext = { itemsOf: () => items, people: [], today: '2025-05-01', readOnly: false, valueOf: () => undefined, ...overrides };
  const view = render(<DotVoteField definition={definition} value={value} onChange={onChange} idPrefix="f" context={context} />);
  const redraw = (next: DotVoteValue) => view.rerender(<DotVoteField definition={definition} value={next} onChange={onChange} idPrefix="f" context={context} />);
  return { onChange, redraw };
}

describe('dot-vote helpers', () => {
  it('ranks items by dots and groups ties', () => {
    expect(rankByDots(items, { a: 2, b: 4, c: 2, gone: 9 })).toEqual([
      { total: 4, items: [items[1]] },
      { total: 2, items: [items[0], items[2]] },
    ]);
  });

  it('leaves out items with no dots', () => {
    expect(rankByDots(items, { a: 0 })).toEqual([]);
    expect(rankByDots(items, undefined)).toEqual([]);
  });

  it('says dot or dots', () => {
    expect(describeDots(1)).toBe('1 dot');
    expect(describeDots(0)).toBe('0 dots');
  });

  it('counts as answered once any item has a dot', () => {
    expect(isAnswered({})).toBe(false);
    expect(isAnswered({ a: 0 })).toBe(false);
    expect(isAnswered({ a: 1 })).toBe(true);
  });
});

describe('DotVoteField', () => {
  it('adds a dot and announces the new total', () => {
    const { onChange } = draw({ a: 3, gone: 2 });
    fireEvent.click(screen.getByRole('button', { name: 'Add a dot to Train lunchtime staff' }));
    expect(onChange).toHaveBeenCalledWith({ a: 4, gone: 2 });
    expect(screen.getByText('Train lunchtime staff: 4 dots')).toBeTruthy();
  });

  it('removes a dot, and does nothing at zero', () => {
    const { onChange } = draw({ a: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Remove a dot from Train lunchtime staff' }));
    expect(onChange).toHaveBeenCalledWith({ a: 0 });
    const atZero = screen.getByRole('button', { name: 'Remove a dot from Quiet room' });
    expect(atZero.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(atZero);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('shows the dots hint and a ranked list with ties', () => {
    draw({ a: 2, b: 5, c: 2 });
    expect(screen.getByText(/^Each person has 3 dots\./)).toBeTruthy();
    const ranks = screen.getAllByRole('listitem').filter((item) => item.closest('.dots__ranks'));
    expect(ranks.map((item) => item.textContent)).toEqual(['5 dots: Quiet room', '2 dots: Train lunchtime staff and Soft start (a tie between 2)']);
  });

  it('clears all votes, focuses Undo, and undoes the clear', () => {
    const { onChange, redraw } = draw({ a: 2, b: 1, gone: 7 });
    fireEvent.click(screen.getByRole('button', { name: 'Clear all votes' }));
    expect(onChange).toHaveBeenLastCalledWith({ gone: 7 });
    redraw({ gone: 7 });
    const undo = screen.getByRole('button', { name: 'Undo clear' });
    expect(document.activeElement).toBe(undo);
    expect(screen.getByText('All votes cleared.')).toBeTruthy();
    fireEvent.click(undo);
    expect(onChange).toHaveBeenLastCalledWith({ gone: 7, a: 2, b: 1 });
  });

  it('offers no clearing when there are no dots, and says so in the summary', () => {
    draw(undefined);
    expect((screen.getByRole('button', { name: 'Clear all votes' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('No dots yet.')).toBeTruthy();
  });

  it('says there is nothing to vote on when the source list is empty', () => {
    draw(undefined, { itemsOf: () => [] });
    expect(screen.getByText('There is nothing to vote on yet: add some items first.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows totals without buttons in a closed cycle', () => {
    draw({ a: 2 }, { readOnly: true });
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('2 dots: Train lunchtime staff')).toBeTruthy();
  });
});
