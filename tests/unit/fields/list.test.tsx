// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FieldContext } from '../../../src/fields/field-type';
import { ListField } from '../../../src/fields/list/ListField';
import { ListDefinitionSchema, isAnswered, listItemsAsRefItems, type ListDefinition, type ListValue } from '../../../src/fields/list/schema';
import { fieldContext } from './support';

afterEach(cleanup);

const context = fieldContext;

const definition = ListDefinitionSchema.parse({ type: 'list', id: 'ideas', label: 'Our ideas', hint: 'One idea per box.', itemName: 'idea' });
const three: ListValue = [
  { id: 'a', text: 'Quiet room at lunch' },
  { id: 'b', text: 'Visual timetables' },
  { id: 'c', text: 'Staff greet at the gate', by: 'Year 4 team' },
];

/** Holds the value like the island does, and records every change. */
function Harness({ initial, spy, def = definition, ctx = context() }: { initial: ListValue | undefined; spy: (value: ListValue) => void; def?: ListDefinition; ctx?: FieldContext }) {
  const [value, setValue] = useState(initial);
  return (
    <ListField
      definition={def}
      value={value}
      idPrefix="f1"
      context={ctx}
      onChange={(next) => {
        spy(next);
        setValue(next);
      }}
    />
  );
}

const texts = () => screen.getAllByRole('textbox').map((box) => (box as HTMLInputElement).value);

describe('ListField', () => {
  it('shows a friendly line and the Add button when empty', () => {
    render(<Harness initial={undefined} spy={() => {}} />);
    expect(screen.getByText('Nothing here yet. Use “Add idea” to start.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add idea' })).toBeTruthy();
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
  });

  it('labels each item by its position and ties the hint to it', () => {
    render(<Harness initial={three} spy={() => {}} />);
    const second = screen.getByLabelText('idea 2') as HTMLInputElement;
    expect(second.value).toBe('Visual timetables');
    expect(second.getAttribute('aria-describedby')).toBe('f1-hint');
    expect(screen.getByRole('group', { name: 'Our ideas' })).toBeTruthy();
  });

  it('shows who an item came from', () => {
    render(<Harness initial={three} spy={() => {}} />);
    const by = screen.getByText('from Year 4 team');
    expect(screen.getByLabelText('idea 3').getAttribute('aria-describedby')).toContain(by.id);
  });

  it('adds an item and focuses it', () => {
    const spy = vi.fn();
    render(<Harness initial={[]} spy={spy} ctx={context({ contributor: 'SENCo' })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add idea' }));
    const added = spy.mock.calls[0]?.[0] as ListValue;
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ text: '', by: 'SENCo' });
    expect(added[0]?.id).toMatch(/.{8,}/);
    expect(document.activeElement).toBe(screen.getByLabelText('idea 1'));
  });

  it('reports each edit with the whole list', () => {
    const spy = vi.fn();
    render(<Harness initial={three} spy={spy} />);
    fireEvent.input(screen.getByLabelText('idea 1'), { target: { value: 'Calm room at lunch' } });
    expect(spy).toHaveBeenLastCalledWith([{ id: 'a', text: 'Calm room at lunch' }, three[1], three[2]]);
  });

  it('adds another item on Enter in the last box, and moves on from other boxes', () => {
    const spy = vi.fn();
    render(<Harness initial={three} spy={spy} />);
    fireEvent.keyDown(screen.getByLabelText('idea 1'), { key: 'Enter' });
    expect(document.activeElement).toBe(screen.getByLabelText('idea 2'));
    expect(spy).not.toHaveBeenCalled();
    fireEvent.keyDown(screen.getByLabelText('idea 3'), { key: 'Enter' });
    expect(texts()).toEqual(['Quiet room at lunch', 'Visual timetables', 'Staff greet at the gate', '']);
    expect(document.activeElement).toBe(screen.getByLabelText('idea 4'));
  });

  it('does not add a second empty item on Enter', () => {
    const spy = vi.fn();
    render(<Harness initial={[{ id: 'a', text: '' }]} spy={spy} />);
    fireEvent.keyDown(screen.getByLabelText('idea 1'), { key: 'Enter' });
    expect(spy).not.toHaveBeenCalled();
  });

  it('moves an item up and keeps focus on its Move up button', () => {
    const spy = vi.fn();
    render(<Harness initial={three} spy={spy} />);
    fireEvent.click(screen.getByRole('button', { name: 'Move up idea 3' }));
    expect(spy.mock.calls[0]?.[0].map((item: { id: string }) => item.id)).toEqual(['a', 'c', 'b']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move up idea 2' }));
    expect(screen.getByText('Moved ‘Staff greet at the gate’ to position 2 of 3.')).toBeTruthy();
  });

  it('moves an item down', () => {
    const spy = vi.fn();
    render(<Harness initial={three} spy={spy} />);
    fireEvent.click(screen.getByRole('button', { name: 'Move down idea 1' }));
    expect(texts()).toEqual(['Visual timetables', 'Quiet room at lunch', 'Staff greet at the gate']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move down idea 2' }));
  });

  it('marks moves past the ends as unavailable and ignores them', () => {
    const spy = vi.fn();
    render(<Harness initial={three} spy={spy} />);
    const top = screen.getByRole('button', { name: 'Move up idea 1' });
    expect(top.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(top);
    fireEvent.click(screen.getByRole('button', { name: 'Move down idea 3' }));
    expect(spy).not.toHaveBeenCalled();
  });

  it('removes an item, offers Undo with focus, and puts it back in place with its id', () => {
    const spy = vi.fn();
    render(<Harness initial={three} spy={spy} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove idea 2' }));
    expect(spy).toHaveBeenLastCalledWith([three[0], three[2]]);
    expect(screen.getByText(/Removed ‘Visual timetables’\./)).toBeTruthy();
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);
    expect(undo.closest('[role="status"]')).toBeTruthy();
    fireEvent.click(undo);
    expect(spy).toHaveBeenLastCalledWith(three);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText('idea 2'));
  });

  it('stops adding at the maximum and says why', () => {
    const capped = ListDefinitionSchema.parse({ type: 'list', id: 'ideas', label: 'Our ideas', itemName: 'idea', max: 3 });
    const spy = vi.fn();
    render(<Harness initial={three} spy={spy} def={capped} />);
    expect((screen.getByRole('button', { name: 'Add idea' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('That is the most this list takes (3). Remove one to add another.')).toBeTruthy();
    fireEvent.keyDown(screen.getByLabelText('idea 3'), { key: 'Enter' });
    expect(spy).not.toHaveBeenCalled();
  });

  it('shows the limit before it is reached', () => {
    const capped = ListDefinitionSchema.parse({ type: 'list', id: 'ideas', label: 'Our ideas', itemName: 'idea', max: 5 });
    render(<Harness initial={three} spy={() => {}} def={capped} />);
    expect(screen.getByText('You can add up to 5.')).toBeTruthy();
  });

  it('shows items read-only with no buttons in a closed cycle', () => {
    render(<Harness initial={three} spy={() => {}} ctx={context({ readOnly: true })} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.getAllByRole('textbox').every((box) => (box as HTMLInputElement).readOnly)).toBe(true);
  });

  it('says nothing was added when empty and read-only', () => {
    render(<Harness initial={undefined} spy={() => {}} ctx={context({ readOnly: true })} />);
    expect(screen.getByText('Nothing was added.')).toBeTruthy();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});

describe('list helpers', () => {
  it('counts a list as answered only when an item has text', () => {
    expect(isAnswered([])).toBe(false);
    expect(isAnswered([{ id: 'a', text: '   ' }])).toBe(false);
    expect(isAnswered([{ id: 'a', text: '' }, { id: 'b', text: 'Idea' }])).toBe(true);
  });

  it('offers non-blank items to other fields, trimmed and in order', () => {
    expect(listItemsAsRefItems([{ id: 'a', text: ' First ' }, { id: 'b', text: '' }, { id: 'c', text: 'Third' }])).toEqual([
      { id: 'a', label: 'First' },
      { id: 'c', label: 'Third' },
    ]);
  });
});
