// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RatingField } from '../../../src/fields/rating/RatingField';
import { RatingDefinitionSchema, describeLevel, isAnswered } from '../../../src/fields/rating/schema';
import { fieldContext } from './support';

afterEach(cleanup);

const context = fieldContext;

const definition = RatingDefinitionSchema.parse({
  type: 'rating', id: 'feel-welcome', label: 'Pupils feel welcome at the gate', hint: 'Think of an ordinary morning.',
  levels: ['Rarely', 'Sometimes', 'Often', 'Always'],
});

describe('RatingField', () => {
  it('shows every level with its number and words', () => {
    render(<RatingField definition={definition} value={undefined} onChange={() => {}} idPrefix="r" context={context()} />);
    expect(screen.getByRole('group', { name: 'Pupils feel welcome at the gate' })).toBeTruthy();
    const names = screen.getAllByRole('radio').map((radio) => radio.closest('label')?.textContent);
    expect(names).toEqual(['1 – Rarely', '2 – Sometimes', '3 – Often', '4 – Always']);
    expect(screen.getByRole('radio', { name: '2 – Sometimes' }).getAttribute('aria-describedby')).toBe('r-hint');
  });

  it('saves the chosen level as a number counted from 1', () => {
    const onChange = vi.fn();
    render(<RatingField definition={definition} value={undefined} onChange={onChange} idPrefix="r" context={context()} />);
    fireEvent.click(screen.getByRole('radio', { name: '1 – Rarely' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith(1);
  });

  it('marks the saved level as chosen', () => {
    render(<RatingField definition={definition} value={3} onChange={() => {}} idPrefix="r" context={context()} />);
    expect(screen.getByRole('radio', { name: '3 – Often' })).toHaveProperty('checked', true);
    expect(screen.getByRole('radio', { name: '4 – Always' })).toHaveProperty('checked', false);
  });

  it('notes a saved level that is no longer on the scale', () => {
    render(<RatingField definition={definition} value={6} onChange={() => {}} idPrefix="r" context={context()} />);
    expect(screen.getByText('The saved rating, 6, is no longer on this scale. Choose again if you need to.')).toBeTruthy();
  });

  it('shows the rating but allows no change in a closed cycle', () => {
    render(<RatingField definition={definition} value={2} onChange={() => {}} idPrefix="r" context={context({ readOnly: true })} />);
    for (const radio of screen.getAllByRole('radio')) expect(radio).toHaveProperty('disabled', true);
    expect(screen.getByRole('radio', { name: '2 – Sometimes' })).toHaveProperty('checked', true);
  });

  it('says no rating was given in a closed cycle left unanswered', () => {
    render(<RatingField definition={definition} value={undefined} onChange={() => {}} idPrefix="r" context={context({ readOnly: true })} />);
    expect(screen.getByText('No rating was given.')).toBeTruthy();
  });
});

describe('rating helpers', () => {
  it('counts any chosen level as answered', () => {
    expect(isAnswered(undefined)).toBe(false);
    expect(isAnswered(1)).toBe(true);
  });

  it('describes a level by number and words', () => {
    expect(describeLevel(definition.levels, 4)).toBe('4 – Always');
    expect(describeLevel(definition.levels, 5)).toBeUndefined();
    expect(describeLevel(definition.levels, undefined)).toBeUndefined();
  });
});
