// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FieldContext } from '../../../src/fields/field-type';
import { SurveyTallyField } from '../../../src/fields/survey-tally/SurveyTallyField';
import { SurveyTallyDefinitionSchema, countsFor, groupSummary, isAnswered } from '../../../src/fields/survey-tally/schema';
import type { SurveyTallyValue, TallyGroup } from '../../../src/fields/survey-tally/schema';

afterEach(cleanup);

const definition = SurveyTallyDefinitionSchema.parse({
  type: 'survey-tally',
  id: 'pulse',
  label: 'Tally the pulse',
  audience: 'Younger pupils (ages 5 to 8)',
  items: [
    { id: 'safe', text: 'I feel safe at school' },
    { id: 'friend', text: 'I have a friend at school' },
  ],
  scale: [
    { symbol: '🙁', label: 'No' },
    { symbol: '😐', label: 'Sometimes' },
    { symbol: '🙂', label: 'Yes' },
  ],
  favourableTop: 1,
});

function group(counts: TallyGroup['counts'], label = 'Year 4, spring'): TallyGroup {
  return { id: 'g1', label, date: '2025-03-10', counts };
}

function draw(value: SurveyTallyValue | undefined, overrides: Partial<FieldContext> = {}) {
  const onChange = vi.fn();
  const context: FieldContext = { itemsOf: () => [], people: [], today: '2025-05-01', readOnly: false, valueOf: () => undefined, ...overrides };
  const view = render(<SurveyTallyField definition={definition} value={value} onChange={onChange} idPrefix="f" context={context} />);
  const redraw = (next: SurveyTallyValue) => view.rerender(<SurveyTallyField definition={definition} value={next} onChange={onChange} idPrefix="f" context={context} />);
  return { onChange, redraw };
}

describe('groupSummary', () => {
  it('gives responses and percent favourable per statement and overall', () => {
    const summary = groupSummary(definition, group({ safe: [2, 3, 15], friend: [1, 1, 8] }));
    expect(summary.statements).toEqual([
      { id: 'safe', text: 'I feel safe at school', shown: true, responses: 20, percent: 75 },
      { id: 'friend', text: 'I have a friend at school', shown: true, responses: 10, percent: 80 },
    ]);
    expect(summary.overall).toBe(77);
    expect(summary.statementsCounted).toBe(2);
  });

  it('shows no figure at all for a statement with fewer than 5 responses', () => {
    const summary = groupSummary(definition, group({ safe: [0, 1, 3], friend: [1, 1, 8] }));
    expect(summary.statements[0]).toEqual({ id: 'safe', text: 'I feel safe at school', shown: false, responses: null, percent: null });
  });

  it('shows a figure at exactly 5 responses', () => {
    const summary = groupSummary(definition, group({ safe: [1, 1, 3], friend: [] }));
    expect(summary.statements[0]).toMatchObject({ shown: true, responses: 5, percent: 60 });
  });

  it('leaves hidden statements out of the overall figure, so they cannot be worked out from it', () => {
    const summary = groupSummary(definition, group({ safe: [0, 0, 4], friend: [5, 0, 5] }));
    expect(summary.overall).toBe(50);
    expect(summary.statementsCounted).toBe(1);
  });

  it('shows no overall figure when every statement is too small', () => {
    const summary = groupSummary(definition, group({ safe: [1, 1, 1], friend: [0, 0, 4] }));
    expect(summary.overall).toBeNull();
    expect(summary.statements.every((statement) => !statement.shown && statement.responses === null)).toBe(true);
  });

  it('treats missing counts as none, and ignores points beyond the scale', () => {
    expect(countsFor(group({ safe: [4] }), 'safe', 3)).toEqual([4, 0, 0]);
    expect(countsFor(group({ safe: [1, 2, 3, 99] }), 'safe', 3)).toEqual([1, 2, 3]);
    expect(groupSummary(definition, group({})).overall).toBeNull();
  });
});

describe('isAnswered', () => {
  it('is true once any group has a response counted', () => {
    expect(isAnswered([])).toBe(false);
    expect(isAnswered([group({ safe: [0, 0, 0] })])).toBe(false);
    expect(isAnswered([group({ safe: [0, 1, 0] })])).toBe(true);
  });
});

describe('SurveyTallyField', () => {
  it('shows the printable response sheet with every statement and symbol', () => {
    draw(undefined);
    const sheet = screen.getByRole('region', { name: 'Response sheet: Younger pupils (ages 5 to 8)' });
    expect(sheet.classList.contains('tally__printable')).toBe(true);
    expect(within(sheet).getByText('I feel safe at school')).toBeTruthy();
    expect(within(sheet).getAllByText('🙂')).toHaveLength(2);
    expect(screen.getByText('No groups yet. Add a group once you have collected the slips.')).toBeTruthy();
  });

  it('adds a group and focuses its name', () => {
    const { onChange, redraw } = draw([]);
    fireEvent.click(screen.getByRole('button', { name: 'Add a group' }));
    const added = onChange.mock.calls[0]?.[0] as SurveyTallyValue;
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ label: '', date: '', counts: {} });
    redraw(added);
    expect(document.activeElement).toBe(screen.getByLabelText('Group name for group 1'));
    expect(screen.getByLabelText('Group name for group 1').getAttribute('aria-describedby')).toBe('f-group-hint');
  });

  it('saves a count typed for a statement and scale point', () => {
    const { onChange } = draw([group({})]);
    fireEvent.input(screen.getByLabelText('I feel safe at school: number who answered Yes'), { target: { value: '7' } });
    expect(onChange).toHaveBeenCalledWith([group({ safe: [0, 0, 7] })]);
  });

  it('shows percent favourable for a large enough group', () => {
    draw([group({ safe: [2, 3, 15], friend: [1, 1, 8] })]);
    const table = screen.getByRole('table', { name: 'Results for Year 4, spring (2025-03-10)' });
    const row = within(table).getByRole('row', { name: /I feel safe at school/ });
    expect(row.textContent).toContain('20');
    expect(row.textContent).toContain('75%');
    expect(table.textContent).toContain('77% favourable, across the 2 statements shown');
  });

  it('hides every figure for a statement with fewer than 5 responses, favourable count included', () => {
    draw([group({ safe: [0, 1, 3], friend: [0, 0, 2] })]);
    const table = screen.getByRole('table');
    expect(within(table).getAllByText('Fewer than 5 responses: not shown, to protect privacy')).toHaveLength(2);
    const row = within(table).getByRole('row', { name: /I feel safe at school/ });
    expect(row.textContent).toBe('I feel safe at schoolFewer than 5 responses: not shown, to protect privacy');
    expect(table.textContent).toContain('Not shown: no statement has enough responses yet.');
    expect(table.textContent).not.toContain('%');
  });

  it('removes a group, focuses Undo, and puts it back', () => {
    const saved = [group({ safe: [1, 2, 3] })];
    const { onChange, redraw } = draw(saved);
    fireEvent.click(screen.getByRole('button', { name: 'Remove this group (Group 1: Year 4, spring)' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
    redraw([]);
    expect(screen.getByText(/Removed group 1: Year 4, spring\./)).toBeTruthy();
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);
    fireEvent.click(undo);
    expect(onChange).toHaveBeenLastCalledWith(saved);
  });

  it('shows counts but allows no edits in a closed cycle', () => {
    draw([group({ safe: [1, 2, 3] })], { readOnly: true });
    expect(screen.queryByRole('button')).toBeNull();
    const box = screen.getByLabelText('I feel safe at school: number who answered Sometimes') as HTMLInputElement;
    expect(box.value).toBe('2');
    expect(box.readOnly).toBe(true);
    expect((screen.getByLabelText('Group name for group 1') as HTMLInputElement).readOnly).toBe(true);
  });

  it('says when no groups were tallied in a closed cycle', () => {
    draw(undefined, { readOnly: true });
    expect(screen.getByText('No groups were tallied.')).toBeTruthy();
  });
});
