import { describe, expect, it } from 'vitest';
import { currentCycle, type Workbook } from '../../../src/model';
import { workbookScope } from '../../../src/pdf/workbook-scope';
import { buildFieldContext, cycleToShow, peopleOf, savedValue } from '../../../src/worksheets/field-context';
import type { WorksheetDef } from '../../../src/worksheets/types';
import { actionSheet, fields, focusSheet, planned, workbookWith } from './fixtures';

const sheets = [focusSheet, actionSheet];
const byId = new Map(sheets.map((sheet) => [sheet.id, sheet]));

const setupSheet: WorksheetDef = {
  id: 'get-started',
  title: 'Our team and scope',
  stage: 'get-started',
  fields: fields({ type: 'short-text', id: 'title', label: 'Workbook name', setup: 'title' }),
};

/** A workbook whose first cycle is closed and whose second (current) cycle has no answers yet. */
function inSecondCycle(): Workbook {
  const workbook = workbookWith(planned);
  const first = workbook.cycles[0]!;
  workbook.cycles = [{ ...first, closedAt: '2026-02-01T00:00:00.000Z' }, { id: 'second', number: 2, startedAt: '2026-02-01T00:00:00.000Z', answers: {} }];
  workbook.currentCycleId = 'second';
  return workbook;
}

describe('the field context shared by the screen and the PDF', () => {
  it('gives the screen and the PDF the same items and values', () => {
    const workbook = workbookWith(planned);
    const screen = buildFieldContext(workbook, currentCycle(workbook), actionSheet, byId, '2026-02-10');
    const paper = workbookScope(workbook, sheets, '2026-02-10').contextFor(actionSheet, false);
    const ref = { worksheet: 'focus', field: 'priorities', unfinishedOnly: false };
    expect(paper.itemsOf(ref)).toEqual(screen.itemsOf(ref));
    expect(paper.valueOf('actions')).toEqual(screen.valueOf('actions'));
    expect(paper.rawValueOf(ref)).toEqual(screen.rawValueOf?.(ref));
    expect([paper.today, screen.today]).toEqual(['2026-02-10', '2026-02-10']);
  });

  it('reads a field bound to Get started from the setup until it is answered in agreement', () => {
    const workbook = workbookWith({});
    const field = setupSheet.fields[0]!;
    expect(savedValue(workbook, currentCycle(workbook), 'get-started', field)).toBe('Test');
    currentCycle(workbook).answers['get-started'] = { title: { value: 'Test ', updatedAt: '2026-01-02T00:00:00.000Z' } };
    expect(savedValue(workbook, currentCycle(workbook), 'get-started', field)).toBe('Test ');
  });

  it('prints the current cycle, not the first one, once a new cycle has started', () => {
    const scope = workbookScope(inSecondCycle(), sheets, '2026-02-10');
    expect(scope.cycle.id).toBe('second');
    expect(scope.contextFor(focusSheet, false).valueOf('candidates')).toBeUndefined();
  });

  it('refuses a workbook whose current cycle is missing rather than quietly using another cycle', () => {
    const broken = { ...inSecondCycle(), currentCycleId: 'gone' };
    expect(() => currentCycle(broken)).toThrow('has no cycle gone');
  });

  it('shows the cycle a link names, else the current cycle', () => {
    const workbook = inSecondCycle();
    const first = workbook.cycles[0]!.id;
    expect(cycleToShow(workbook, `?cycle=${first}`)?.id).toBe(first);
    expect(cycleToShow(workbook, '?cycle=unknown')?.id).toBe('second');
    expect(buildFieldContext(workbook, workbook.cycles[0]!, focusSheet, byId).readOnly).toBe(true);
  });

  it('offers each team member as "Name (Role)", a name or a role', () => {
    const workbook = workbookWith({});
    workbook.setup.team = [{ id: 'a', name: 'Sam', role: 'SENCo' }, { id: 'b', role: 'Head' }, { id: 'c', name: ' ' }];
    expect(peopleOf(workbook)).toEqual(['Sam (SENCo)', 'Head']);
  });
});
