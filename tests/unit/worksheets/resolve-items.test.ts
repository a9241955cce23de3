import { describe, expect, it } from 'vitest';
import { currentCycle } from '../../../src/model';
import { reachableWorksheetIds, resolveItems } from '../../../src/worksheets/resolve-items';
import { actionSheet, focusSheet, planned, workbookWith } from './fixtures';

const sheets = new Map([focusSheet, actionSheet].map((sheet) => [sheet.id, sheet]));

function scopeFor(answers: Record<string, Record<string, unknown>>) {
  const cycle = currentCycle(workbookWith(answers));
  return { worksheets: sheets, valueOf: (sheet: string, field: string) => cycle.answers[sheet]?.[field]?.value };
}

describe('resolving items across worksheets', () => {
  it('lists a list field’s items by id and text', () => {
    expect(resolveItems({ field: 'candidates', unfinishedOnly: false }, 'focus', scopeFor(planned))).toEqual([
      { id: 'c1', label: 'Calmer mornings' },
      { id: 'c2', label: 'Lunchtime clubs' },
      { id: 'c3', label: 'Quiet spaces' },
    ]);
  });

  it('gives the chosen priorities in the order chosen, labelled from their source list', () => {
    expect(resolveItems({ worksheet: 'focus', field: 'priorities', unfinishedOnly: false }, 'actions', scopeFor(planned))).toEqual([
      { id: 'c3', label: 'Quiet spaces' },
      { id: 'c1', label: 'Calmer mornings' },
    ]);
  });

  it('labels a table’s rows by the named column and can leave out finished rows', () => {
    const all = resolveItems({ worksheet: 'actions', field: 'actions', column: 'action', unfinishedOnly: false }, 'x', scopeFor(planned));
    expect(all.map((item) => item.label)).toEqual(['Soft start', 'Map quiet spaces', 'Ask pupils']);
    const open = resolveItems({ worksheet: 'actions', field: 'actions', column: 'action', unfinishedOnly: true }, 'x', scopeFor(planned));
    expect(open.map((item) => item.id)).toEqual(['a1', 'a3']);
  });

  it('gives nothing for a missing field, an unanswered field or a value of the wrong shape', () => {
    expect(resolveItems({ field: 'nowhere', unfinishedOnly: false }, 'focus', scopeFor(planned))).toEqual([]);
    expect(resolveItems({ field: 'candidates', unfinishedOnly: false }, 'focus', scopeFor({}))).toEqual([]);
    expect(resolveItems({ field: 'candidates', unfinishedOnly: false }, 'focus', scopeFor({ focus: { candidates: 'not a list' } }))).toEqual([]);
  });

  it('finds every worksheet a sheet’s references reach', () => {
    expect([...reachableWorksheetIds(actionSheet, sheets)].sort()).toEqual(['actions', 'focus']);
    expect([...reachableWorksheetIds(focusSheet, sheets)]).toEqual(['focus']);
  });
});
