// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChoiceField } from '../../../src/fields/choice/ChoiceField';
import { emptySourceMessage, idInWords, resolveOptions } from '../../../src/fields/choice/options';
import { ChoiceDefinitionSchema, isAnswered } from '../../../src/fields/choice/schema';
import type { FieldRef, RefItem } from '../../../src/fields/common';
import { fieldContext } from './support';

afterEach(cleanup);

const context = fieldContext;

const phase = ChoiceDefinitionSchema.parse({
  type: 'choice', id: 'phase', label: 'Phase', hint: 'Pick the closest.',
  options: [
    { value: 'primary', label: 'Primary' },
    { value: 'secondary', label: 'Secondary', hint: 'Including sixth form' },
    { value: 'all-through', label: 'All-through' },
  ],
});
const fromList = ChoiceDefinitionSchema.parse({ type: 'choice', id: 'main-focus', label: 'Our main focus', optionsFrom: { field: 'policy-areas' } });
const areas: RefItem[] = [{ id: 'a1', label: 'Behaviour' }, { id: 'a2', label: 'Uniform' }];

describe('ChoiceField', () => {
  it('draws a radio group named by the question', () => {
    render(<ChoiceField definition={phase} value={undefined} onChange={() => {}} idPrefix="c" context={context()} />);
    expect(screen.getByRole('group', { name: 'Phase' })).toBeTruthy();
    expect(screen.getAllByRole('radio')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Clear choice' })).toBeNull();
  });

  it('ties the field hint and an option hint to the option', () => {
    render(<ChoiceField definition={phase} value={undefined} onChange={() => {}} idPrefix="c" context={context()} />);
    const secondary = screen.getByRole('radio', { name: 'Secondary' });
    expect(secondary.getAttribute('aria-describedby')).toBe('c-hint c-option-1-hint');
    expect(screen.getByText('Including sixth form').id).toBe('c-option-1-hint');
  });

  it('saves the chosen option value', () => {
    const onChange = vi.fn();
    render(<ChoiceField definition={phase} value={undefined} onChange={onChange} idPrefix="c" context={context()} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Secondary' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith('secondary');
  });

  it('clears the choice and moves focus to the first option', () => {
    const onChange = vi.fn();
    render(<ChoiceField definition={phase} value="primary" onChange={onChange} idPrefix="c" context={context()} />);
    expect(screen.getByRole('radio', { name: 'Primary' })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('button', { name: 'Clear choice' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith('');
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Primary' }));
  });

  it('offers the items of another field', () => {
    const itemsOf = vi.fn((_ref: FieldRef) => areas);
    const onChange = vi.fn();
    render(<ChoiceField definition={fromList} value={undefined} onChange={onChange} idPrefix="c" context={context({ itemsOf })} />);
    expect(itemsOf).toHaveBeenCalledWith({ field: 'policy-areas', unfinishedOnly: false });
    fireEvent.click(screen.getByRole('radio', { name: 'Uniform' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith('a2');
  });

  it('says where to add items when the source has none yet', () => {
    render(<ChoiceField definition={fromList} value={undefined} onChange={() => {}} idPrefix="c" context={context()} />);
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    expect(screen.getByText('Nothing to choose from yet: add items in ‘Policy areas’ on this worksheet first.')).toBeTruthy();
  });

  it('notes a saved choice whose item has gone, and keeps it', () => {
    const onChange = vi.fn();
    render(<ChoiceField definition={fromList} value="a9" onChange={onChange} idPrefix="c" context={context({ itemsOf: () => areas })} />);
    expect(screen.getByText(/earlier choice is no longer on the list/)).toBeTruthy();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('shows the choice but allows no change in a closed cycle', () => {
    render(<ChoiceField definition={phase} value="secondary" onChange={() => {}} idPrefix="c" context={context({ readOnly: true })} />);
    for (const radio of screen.getAllByRole('radio')) expect(radio).toHaveProperty('disabled', true);
    expect(screen.getByRole('radio', { name: 'Secondary' })).toHaveProperty('checked', true);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says nothing was chosen in a closed cycle left unanswered', () => {
    render(<ChoiceField definition={phase} value={undefined} onChange={() => {}} idPrefix="c" context={context({ readOnly: true })} />);
    expect(screen.getByText('Nothing was chosen.')).toBeTruthy();
  });
});

describe('choice helpers', () => {
  it('counts a cleared choice as unanswered', () => {
    expect(isAnswered('')).toBe(false);
    expect(isAnswered(undefined)).toBe(false);
    expect(isAnswered('primary')).toBe(true);
  });

  it('turns referenced items into options, naming untitled ones', () => {
    const options = resolveOptions({ optionsFrom: { field: 'actions', unfinishedOnly: false } }, () => [{ id: 'r1', label: '' }]);
    expect(options).toEqual([{ value: 'r1', label: 'Untitled item' }]);
  });

  it('puts ids into words for the empty-source message', () => {
    expect(idInWords('policy-areas')).toBe('Policy areas');
    expect(emptySourceMessage({ worksheet: 'choosing-our-focus', field: 'candidates', unfinishedOnly: false })).toBe(
      'Nothing to choose from yet: add items in ‘Candidates’ on the ‘Choosing our focus’ worksheet first.',
    );
  });
});
