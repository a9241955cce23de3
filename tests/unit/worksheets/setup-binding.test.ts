import { describe, expect, it } from 'vitest';
import { createWorkbook } from '../../../src/model';
import { agreesWithSetup, setupPatchFor, valueFromSetup } from '../../../src/worksheets/setup-binding';

describe('fields bound to the workbook setup', () => {
  it('keeps team rows with a name or a role, and drops rows with neither', () => {
    const rows = [
      { id: 'a', cells: { name: '', role: 'SENCo' } },
      { id: 'b', cells: { name: ' ', role: '' } },
      { id: 'c', cells: { name: 'Sam', role: '' } },
    ];
    expect(setupPatchFor('team', rows)).toEqual({ setup: { team: [{ id: 'a', role: 'SENCo' }, { id: 'c', name: 'Sam' }] } });
  });

  it('shows the setup’s team as table rows', () => {
    const workbook = createWorkbook('Plan', '2026-01-01T00:00:00.000Z');
    workbook.setup.team = [{ id: 'a', role: 'Head teacher' }];
    expect(valueFromSetup('team', workbook)).toEqual([{ id: 'a', cells: { name: '', role: 'Head teacher' } }]);
  });

  it('names an emptied title "Untitled workbook" but keeps a half-typed answer on screen', () => {
    expect(setupPatchFor('title', '  ')).toEqual({ title: 'Untitled workbook' });
    const workbook = createWorkbook('Spring plan', '2026-01-01T00:00:00.000Z');
    expect(agreesWithSetup('title', 'Spring plan ', workbook)).toBe(true);
    expect(agreesWithSetup('title', 'Autumn plan', workbook)).toBe(false);
  });

  it('clears an optional date or school name instead of saving an empty one', () => {
    expect(setupPatchFor('reviewDate', '')).toEqual({ setup: { reviewDate: undefined } });
    expect(setupPatchFor('schoolName', '')).toEqual({ setup: { schoolName: undefined } });
  });
});
