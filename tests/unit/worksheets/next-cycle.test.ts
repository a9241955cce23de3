import { describe, expect, it } from 'vitest';
import { currentCycle } from '../../../src/model';
import { carriedAnswers, carryOptions } from '../../../src/worksheets/next-cycle';
import { actionSheet, focusSheet, planned, workbookWith } from './fixtures';

const sheets = [focusSheet, actionSheet];
const NOW = '2026-04-01T09:00:00.000Z';

describe('carrying work into the next cycle', () => {
  it('offers only carry fields that hold something, counting what would go', () => {
    const cycle = currentCycle(workbookWith(planned));
    expect(carryOptions(sheets, cycle)).toEqual([
      { key: 'focus/priorities', label: 'Choosing our focus: Priorities', count: 2 },
      { key: 'actions/actions', label: 'Action plan: Our actions', count: 2 },
    ]);
  });

  it('carries unfinished actions but leaves done ones behind', () => {
    const answers = carriedAnswers(sheets, currentCycle(workbookWith(planned)), new Set(['actions/actions']), NOW);
    const rows = answers['actions']?.['actions']?.value as { id: string }[];
    expect(rows.map((row) => row.id)).toEqual(['a1', 'a3']);
    expect(answers['actions']?.['actions']?.updatedAt).toBe(NOW);
  });

  it('brings the chosen candidates along with carried priorities, so their words survive', () => {
    const answers = carriedAnswers(sheets, currentCycle(workbookWith(planned)), new Set(['focus/priorities']), NOW);
    expect(answers['focus']?.['priorities']?.value).toEqual(['c3', 'c1']);
    expect(answers['focus']?.['candidates']?.value).toEqual([
      { id: 'c1', text: 'Calmer mornings' },
      { id: 'c3', text: 'Quiet spaces' },
    ]);
  });

  it('carries nothing the team unticked', () => {
    expect(carriedAnswers(sheets, currentCycle(workbookWith(planned)), new Set(), NOW)).toEqual({});
  });
});
