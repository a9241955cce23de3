// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DateField } from '../../../src/fields/date/DateField';
import { DateDefinitionSchema, isAnswered } from '../../../src/fields/date/schema';
import { formatDateInWords } from '../../../src/lib/dates';
import { fieldContext } from './support';

afterEach(cleanup);

const context = fieldContext;

const definition = DateDefinitionSchema.parse({ type: 'date', id: 'review-date', label: 'Review date', hint: 'When will you look at this again?' });

describe('DateField', () => {
  it('draws an empty date input with its hint', () => {
    render(<DateField definition={definition} value={undefined} onChange={() => {}} idPrefix="d" context={context()} />);
    const input = screen.getByLabelText('Review date');
    expect(input.getAttribute('type')).toBe('date');
    expect(input).toHaveProperty('value', '');
    expect(input.getAttribute('aria-describedby')).toBe('d-hint');
    expect(screen.queryByRole('button', { name: 'Clear date' })).toBeNull();
  });

  it('saves the chosen date', () => {
    const onChange = vi.fn();
    render(<DateField definition={definition} value="" onChange={onChange} idPrefix="d" context={context()} />);
    fireEvent.change(screen.getByLabelText('Review date'), { target: { value: '2026-07-15' } });
    expect(onChange).toHaveBeenCalledExactlyOnceWith('2026-07-15');
  });

  it('shows the date in words and ties them to the input', () => {
    render(<DateField definition={definition} value="2026-03-03" onChange={() => {}} idPrefix="d" context={context()} />);
    expect(screen.getByText('Tuesday 3 March 2026').id).toBe('d-words');
    expect(screen.getByLabelText('Review date').getAttribute('aria-describedby')).toBe('d-hint d-words');
  });

  it('saves an empty string when the browser clears the date', () => {
    const onChange = vi.fn();
    render(<DateField definition={definition} value="2026-03-03" onChange={onChange} idPrefix="d" context={context()} />);
    fireEvent.change(screen.getByLabelText('Review date'), { target: { value: '' } });
    expect(onChange).toHaveBeenCalledExactlyOnceWith('');
  });

  it('clears the date with the button and keeps focus on the input', () => {
    const onChange = vi.fn();
    render(<DateField definition={definition} value="2026-03-03" onChange={onChange} idPrefix="d" context={context()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Clear date' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith('');
    expect(document.activeElement).toBe(screen.getByLabelText('Review date'));
  });

  it('shows the date read-only in a closed cycle, with no Clear button', () => {
    render(<DateField definition={definition} value="2025-12-01" onChange={() => {}} idPrefix="d" context={context({ readOnly: true })} />);
    const input = screen.getByLabelText('Review date');
    expect(input).toHaveProperty('readOnly', true);
    expect(input).toHaveProperty('value', '2025-12-01');
    expect(screen.getByText('Monday 1 December 2025')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says no date was given in a closed cycle left unanswered', () => {
    render(<DateField definition={definition} value={undefined} onChange={() => {}} idPrefix="d" context={context({ readOnly: true })} />);
    expect(screen.getByText('No date was given.')).toBeTruthy();
  });
});

describe('date helpers', () => {
  it('counts a cleared date as unanswered', () => {
    expect(isAnswered('')).toBe(false);
    expect(isAnswered(undefined)).toBe(false);
    expect(isAnswered('2026-01-05')).toBe(true);
  });

  it('writes a date in words without shifting the day', () => {
    expect(formatDateInWords('2026-03-03')).toBe('Tuesday 3 March 2026');
    expect(formatDateInWords('2024-02-29')).toBe('Thursday 29 February 2024');
  });

  it('gives nothing for a blank or impossible date', () => {
    expect(formatDateInWords('')).toBeUndefined();
    expect(formatDateInWords(undefined)).toBeUndefined();
    expect(formatDateInWords('2026-02-30')).toBeUndefined();
    expect(formatDateInWords('3/3/2026')).toBeUndefined();
  });
});
