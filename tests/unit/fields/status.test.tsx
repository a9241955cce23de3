// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StatusBadge } from '../../../src/fields/status/StatusBadge';
import { StatusField } from '../../../src/fields/status/StatusField';
import { StatusDefinitionSchema, dueDateFrom, isAnswered, isOverdue } from '../../../src/fields/status/schema';
import { fieldContext } from './support';

afterEach(cleanup);

const context = fieldContext;

const definition = StatusDefinitionSchema.parse({ type: 'status', id: 'status', label: 'Where this stands', hint: 'Choose the closest.', dueField: 'due' });
const dueOn = (date: unknown) => context({ valueOf: (id) => (id === 'due' ? date : undefined) });

describe('StatusField', () => {
  it('offers the five statuses in order, in words', () => {
    render(<StatusField definition={definition} value={undefined} onChange={() => {}} idPrefix="s" context={context()} />);
    expect(screen.getByRole('group', { name: 'Where this stands' })).toBeTruthy();
    expect(screen.getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toEqual(['Not started', 'On track', 'At risk', 'Off track', 'Done']);
    expect(screen.queryByText(/Overdue/)).toBeNull();
  });

  it('saves the chosen status', () => {
    const onChange = vi.fn();
    render(<StatusField definition={definition} value="on-track" onChange={onChange} idPrefix="s" context={context()} />);
    expect(screen.getByRole('radio', { name: 'On track' })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('radio', { name: 'At risk' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith('at-risk');
  });

  it('says Overdue with the due date when the date has passed and it is not done', () => {
    render(<StatusField definition={definition} value="on-track" onChange={() => {}} idPrefix="s" context={dueOn('2026-03-03')} />);
    expect(screen.getByText('Overdue (due Tuesday 3 March 2026)')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Done' }).getAttribute('aria-describedby')).toBe('s-hint s-overdue');
  });

  it('counts an action with no status yet as overdue once its date passes', () => {
    render(<StatusField definition={definition} value={undefined} onChange={() => {}} idPrefix="s" context={dueOn('2026-03-09')} />);
    expect(screen.getByText('Overdue (due Monday 9 March 2026)')).toBeTruthy();
  });

  it('does not say Overdue when done, due today, or with no due date', () => {
    const { rerender } = render(<StatusField definition={definition} value="done" onChange={() => {}} idPrefix="s" context={dueOn('2026-03-03')} />);
    expect(screen.queryByText(/Overdue/)).toBeNull();
    rerender(<StatusField definition={definition} value="at-risk" onChange={() => {}} idPrefix="s" context={dueOn('2026-03-10')} />);
    expect(screen.queryByText(/Overdue/)).toBeNull();
    rerender(<StatusField definition={definition} value="at-risk" onChange={() => {}} idPrefix="s" context={dueOn('')} />);
    expect(screen.queryByText(/Overdue/)).toBeNull();
  });

  it('shows the status but allows no change in a closed cycle', () => {
    render(<StatusField definition={definition} value="off-track" onChange={() => {}} idPrefix="s" context={context({ readOnly: true })} />);
    for (const radio of screen.getAllByRole('radio')) expect(radio).toHaveProperty('disabled', true);
    expect(screen.getByRole('radio', { name: 'Off track' })).toHaveProperty('checked', true);
  });

  it('says no status was given in a closed cycle left unanswered', () => {
    render(<StatusField definition={definition} value={undefined} onChange={() => {}} idPrefix="s" context={context({ readOnly: true })} />);
    expect(screen.getByText('No status was given.')).toBeTruthy();
  });
});

describe('StatusBadge', () => {
  it('shows a status in words with a decorative shape', () => {
    const { container } = render(<StatusBadge status="at-risk" />);
    expect(container.textContent).toBe('At risk');
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('adds Overdue with the due date when it applies', () => {
    const { container } = render(<StatusBadge status="not-started" overdue due="2026-03-03" />);
    expect(container.textContent).toBe('Not startedOverdue (due Tuesday 3 March 2026)');
    expect(container.querySelectorAll('svg')).toHaveLength(2);
  });

  it('says when there is no status yet', () => {
    const { container } = render(<StatusBadge status={undefined} overdue />);
    expect(container.textContent).toBe('No status yetOverdue');
  });
});

describe('status helpers', () => {
  it('counts any chosen status, even Not started, as answered', () => {
    expect(isAnswered(undefined)).toBe(false);
    expect(isAnswered('not-started')).toBe(true);
  });

  it('reads a due date only from a YYYY-MM-DD string', () => {
    expect(dueDateFrom('2026-04-01')).toBe('2026-04-01');
    expect(dueDateFrom('')).toBeUndefined();
    expect(dueDateFrom(20260401)).toBeUndefined();
    expect(dueDateFrom(undefined)).toBeUndefined();
  });

  it('works out Overdue from the due date and status', () => {
    expect(isOverdue('on-track', '2026-03-09', '2026-03-10')).toBe(true);
    expect(isOverdue('done', '2026-03-09', '2026-03-10')).toBe(false);
    expect(isOverdue('on-track', undefined, '2026-03-10')).toBe(false);
  });
});
