import { describe, expect, it } from 'vitest';
import { currentCycle } from '../../../src/model';
import { overdueItems, sheetProgress } from '../../../src/worksheets/progress';
import { actionSheet, focusSheet, planned, workbookWith } from './fixtures';

describe('progress on the dashboard', () => {
  it('calls a sheet not started, started or complete by its answered fields', () => {
    const empty = workbookWith({});
    expect(sheetProgress(focusSheet, empty, currentCycle(empty)).state).toBe('not-started');
    const half = workbookWith({ focus: { candidates: planned.focus.candidates } });
    expect(sheetProgress(focusSheet, half, currentCycle(half))).toEqual({ state: 'started', answered: 1, total: 2 });
    const full = workbookWith(planned);
    expect(sheetProgress(focusSheet, full, currentCycle(full)).state).toBe('complete');
  });

  it('does not count blank text as an answer', () => {
    const blank = workbookWith({ focus: { candidates: [{ id: 'x', text: '   ' }] } });
    expect(sheetProgress(focusSheet, blank, currentCycle(blank)).state).toBe('not-started');
  });

  it('lists actions past their due date that are not done', () => {
    const cycle = currentCycle(workbookWith(planned));
    expect(overdueItems([actionSheet], cycle, '2026-02-10')).toEqual([
      { worksheetId: 'actions', worksheetTitle: 'Action plan', label: 'Soft start', due: '2026-02-01' },
    ]);
    expect(overdueItems([actionSheet], cycle, '2026-01-20')).toEqual([]);
  });
});
