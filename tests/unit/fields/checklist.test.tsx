// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChecklistField } from '../../../src/fields/checklist/ChecklistField';
import { ChecklistDefinitionSchema, countDone, isAnswered, isComplete, toggleItem } from '../../../src/fields/checklist/schema';
import { fieldContext } from './support';

afterEach(cleanup);

const context = fieldContext;

const definition = ChecklistDefinitionSchema.parse({
  type: 'checklist', id: 'before-workshop', label: 'Before the workshop',
  items: [
    { id: 'room', label: 'Book a room' },
    { id: 'invite', label: 'Invite the team', hint: 'Include support staff' },
    { id: 'print', label: 'Print the worksheets' },
  ],
});

describe('ChecklistField', () => {
  it('draws a box per item and shows none done when empty', () => {
    render(<ChecklistField definition={definition} value={undefined} onChange={() => {}} idPrefix="k" context={context()} />);
    expect(screen.getByRole('group', { name: 'Before the workshop' })).toBeTruthy();
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
    expect(screen.getByText('0 of 3 done')).toBeTruthy();
  });

  it('shows how many are done and ties the count and hint to each box', () => {
    render(<ChecklistField definition={definition} value={['room', 'print']} onChange={() => {}} idPrefix="k" context={context()} />);
    expect(screen.getByText('2 of 3 done').getAttribute('aria-live')).toBe('polite');
    expect(screen.getByRole('checkbox', { name: 'Print the worksheets' })).toHaveProperty('checked', true);
    expect(screen.getByRole('checkbox', { name: 'Invite the team' }).getAttribute('aria-describedby')).toBe('k-item-invite-hint k-count');
  });

  it('ticks an item, saving ticks in checklist order', () => {
    const onChange = vi.fn();
    render(<ChecklistField definition={definition} value={['print']} onChange={onChange} idPrefix="k" context={context()} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Book a room' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith(['room', 'print']);
  });

  it('unticks an item', () => {
    const onChange = vi.fn();
    render(<ChecklistField definition={definition} value={['room', 'print']} onChange={onChange} idPrefix="k" context={context()} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Book a room' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith(['print']);
  });

  it('shows the ticks but allows no change in a closed cycle', () => {
    render(<ChecklistField definition={definition} value={['invite']} onChange={() => {}} idPrefix="k" context={context({ readOnly: true })} />);
    for (const box of screen.getAllByRole('checkbox')) expect(box).toHaveProperty('disabled', true);
    expect(screen.getByRole('checkbox', { name: 'Invite the team' })).toHaveProperty('checked', true);
    expect(screen.getByText('1 of 3 done')).toBeTruthy();
  });
});

describe('checklist helpers', () => {
  it('counts a checklist as answered once anything is ticked', () => {
    expect(isAnswered([])).toBe(false);
    expect(isAnswered(undefined)).toBe(false);
    expect(isAnswered(['room'])).toBe(true);
  });

  it('counts only items still on the checklist', () => {
    expect(countDone(definition, ['room', 'old-item'])).toBe(1);
    expect(isComplete(definition, ['print', 'room', 'invite'])).toBe(true);
    expect(isComplete(definition, ['print', 'room', 'old-item'])).toBe(false);
  });

  it('keeps ticks for items no longer listed when toggling another', () => {
    expect(toggleItem(definition, ['old-item', 'print'], 'invite')).toEqual(['invite', 'print', 'old-item']);
    expect(toggleItem(definition, ['old-item', 'print'], 'print')).toEqual(['old-item']);
  });
});
