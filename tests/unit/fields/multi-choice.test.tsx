// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RefItem } from '../../../src/fields/common';
import { MultiChoiceField } from '../../../src/fields/multi-choice/MultiChoiceField';
import { MultiChoiceDefinitionSchema, describeCap, describeChosenCount, isAnswered, toggleChoice } from '../../../src/fields/multi-choice/schema';
import { fieldContext } from './support';

afterEach(cleanup);

const context = fieldContext;

const candidates: RefItem[] = [
  { id: 'c1', label: 'Quiet space at lunch' },
  { id: 'c2', label: 'Uniform flexibility' },
  { id: 'c3', label: 'Visual timetables' },
  { id: 'c4', label: 'Family coffee mornings' },
];
const priorities = MultiChoiceDefinitionSchema.parse({
  type: 'multi-choice', id: 'live-priorities', label: 'Our live priorities',
  optionsFrom: { field: 'candidates' }, max: 3, maxReason: 'Three at once is as many as a team can do well',
});
const approaches = MultiChoiceDefinitionSchema.parse({
  type: 'multi-choice', id: 'approaches', label: 'Approaches', hint: 'Choose any.',
  options: [{ value: 'belonging', label: 'Belonging' }, { value: 'participatory', label: 'Participatory design', hint: 'With pupils and families' }],
});

describe('MultiChoiceField', () => {
  it('draws a checkbox per option with a running count', () => {
    render(<MultiChoiceField definition={approaches} value={undefined} onChange={() => {}} idPrefix="m" context={context()} />);
    expect(screen.getByRole('group', { name: 'Approaches' })).toBeTruthy();
    expect(screen.getAllByRole('checkbox')).toHaveLength(2);
    expect(screen.getByText('0 chosen')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Participatory design' }).getAttribute('aria-describedby')).toBe('m-hint m-count m-option-1-hint');
  });

  it('adds a ticked option at the end, in the order chosen', () => {
    const onChange = vi.fn();
    render(<MultiChoiceField definition={priorities} value={['c3']} onChange={onChange} idPrefix="m" context={context({ itemsOf: () => candidates })} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Quiet space at lunch' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith(['c3', 'c1']);
  });

  it('removes an unticked option', () => {
    const onChange = vi.fn();
    render(<MultiChoiceField definition={priorities} value={['c3', 'c1']} onChange={onChange} idPrefix="m" context={context({ itemsOf: () => candidates })} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Visual timetables' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith(['c1']);
  });

  it('shows how many of the cap are chosen', () => {
    render(<MultiChoiceField definition={priorities} value={['c1', 'c2']} onChange={() => {}} idPrefix="m" context={context({ itemsOf: () => candidates })} />);
    expect(screen.getByText('2 of 3 chosen')).toBeTruthy();
    expect(screen.queryByText(/untick one/)).toBeNull();
    for (const box of screen.getAllByRole('checkbox')) expect(box).toHaveProperty('disabled', false);
  });

  it('disables the rest at the cap and explains why and how to swap', () => {
    render(<MultiChoiceField definition={priorities} value={['c1', 'c2', 'c4']} onChange={() => {}} idPrefix="m" context={context({ itemsOf: () => candidates })} />);
    expect(screen.getByText('3 of 3 chosen')).toBeTruthy();
    const note = screen.getByText('You have chosen the most allowed (3). Three at once is as many as a team can do well. To choose another, untick one first.');
    expect(note.id).toBe('m-cap');
    expect(screen.getByRole('checkbox', { name: 'Visual timetables' })).toHaveProperty('disabled', true);
    const ticked = screen.getByRole('checkbox', { name: 'Uniform flexibility' });
    expect(ticked).toHaveProperty('disabled', false);
    expect(ticked.getAttribute('aria-describedby')).toBe('m-count m-cap');
  });

  it('says where to add items when the source has none yet', () => {
    render(<MultiChoiceField definition={priorities} value={undefined} onChange={() => {}} idPrefix="m" context={context()} />);
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.getByText('Nothing to choose from yet: add items in ‘Candidates’ on this worksheet first.')).toBeTruthy();
  });

  it('keeps saved choices whose items have gone, without counting them', () => {
    const onChange = vi.fn();
    render(<MultiChoiceField definition={priorities} value={['gone', 'c1']} onChange={onChange} idPrefix="m" context={context({ itemsOf: () => candidates })} />);
    expect(screen.getByText('1 of 3 chosen')).toBeTruthy();
    expect(screen.getByText('One earlier choice is not shown because its item is no longer on the list.')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Uniform flexibility' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith(['gone', 'c1', 'c2']);
  });

  it('shows the choices but allows no change in a closed cycle', () => {
    render(<MultiChoiceField definition={priorities} value={['c1', 'c2', 'c3']} onChange={() => {}} idPrefix="m" context={context({ itemsOf: () => candidates, readOnly: true })} />);
    for (const box of screen.getAllByRole('checkbox')) expect(box).toHaveProperty('disabled', true);
    expect(screen.getByRole('checkbox', { name: 'Visual timetables' })).toHaveProperty('checked', true);
    expect(screen.getByText('3 of 3 chosen')).toBeTruthy();
    expect(screen.queryByText(/untick one/)).toBeNull();
  });
});

describe('multi-choice helpers', () => {
  it('counts an empty list as unanswered', () => {
    expect(isAnswered([])).toBe(false);
    expect(isAnswered(undefined)).toBe(false);
    expect(isAnswered(['c1'])).toBe(true);
  });

  it('toggles a choice in or out, keeping the order chosen', () => {
    expect(toggleChoice(['b'], 'a')).toEqual(['b', 'a']);
    expect(toggleChoice(['b', 'a'], 'b')).toEqual(['a']);
  });

  it('describes the count with and without a cap', () => {
    expect(describeChosenCount(2, 3)).toBe('2 of 3 chosen');
    expect(describeChosenCount(2, undefined)).toBe('2 chosen');
  });

  it('explains the cap only when it is reached or passed', () => {
    expect(describeCap(2, 3, 'Focus matters.')).toBeUndefined();
    expect(describeCap(5, undefined, undefined)).toBeUndefined();
    expect(describeCap(3, 3, undefined)).toBe('You have chosen the most allowed (3). To choose another, untick one first.');
    expect(describeCap(5, 3, 'Focus matters!')).toBe('That is more than the 3 allowed. Focus matters! Untick 2 so that only 3 remain.');
  });
});
