/** Small worksheets and workbooks for the worksheet engine's unit tests. */
import { createWorkbook, type Workbook } from '../../../src/model';
import type { FieldDefinition } from '../../../src/fields/definitions';
import { FieldDefinitionSchema } from '../../../src/fields/definitions';
import type { WorksheetDef } from '../../../src/worksheets/types';

/** Parses field definitions as the build would, filling defaults. */
export function fields(...raw: unknown[]): FieldDefinition[] {
  return raw.map((field) => FieldDefinitionSchema.parse(field));
}

/** The focus sheet: candidates, and up to three chosen as priorities. */
export const focusSheet: WorksheetDef = {
  id: 'focus',
  title: 'Choosing our focus',
  stage: 'reflect',
  fields: fields(
    { type: 'list', id: 'candidates', label: 'Candidates', itemName: 'idea' },
    { type: 'multi-choice', id: 'priorities', label: 'Priorities', optionsFrom: { field: 'candidates' }, max: 3, carry: true },
  ),
};

/** The action plan: a table of actions with a due date and a status. */
export const actionSheet: WorksheetDef = {
  id: 'actions',
  title: 'Action plan',
  stage: 'plan',
  fields: fields({
    type: 'table',
    id: 'actions',
    label: 'Our actions',
    rowName: 'action',
    dueColumn: 'due',
    carry: true,
    columns: [
      { id: 'action', label: 'Action', type: 'text' },
      { id: 'priority', label: 'Priority', type: 'choice', optionsFrom: { worksheet: 'focus', field: 'priorities' } },
      { id: 'due', label: 'Due', type: 'date' },
      { id: 'status', label: 'Status', type: 'status' },
    ],
  }),
};

/** A workbook with answers put straight into its current cycle. */
export function workbookWith(answers: Record<string, Record<string, unknown>>): Workbook {
  const workbook = createWorkbook('Test', '2026-01-01T00:00:00.000Z');
  const cycle = workbook.cycles[0];
  if (!cycle) throw new Error('no cycle');
  for (const [sheet, values] of Object.entries(answers)) {
    cycle.answers[sheet] = Object.fromEntries(Object.entries(values).map(([field, value]) => [field, { value: value as never, updatedAt: '2026-01-02T00:00:00.000Z' }]));
  }
  return workbook;
}

/** The focus and action answers most tests start from. */
export const planned = {
  focus: {
    candidates: [
      { id: 'c1', text: 'Calmer mornings' },
      { id: 'c2', text: 'Lunchtime clubs' },
      { id: 'c3', text: 'Quiet spaces' },
    ],
    priorities: ['c3', 'c1'],
  },
  actions: {
    actions: [
      { id: 'a1', cells: { action: 'Soft start', priority: 'c1', due: '2026-02-01', status: 'on-track' } },
      { id: 'a2', cells: { action: 'Map quiet spaces', priority: 'c3', due: '2026-01-15', status: 'done' } },
      { id: 'a3', cells: { action: 'Ask pupils', priority: 'c3', due: '2026-03-01', status: 'not-started' } },
    ],
  },
};
