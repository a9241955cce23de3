/**
 * A small team workbook, worksheet definitions and contribution files for the
 * merge tests. Definitions go through the real field schema, so defaults are
 * filled in as the build would.
 */
import { FieldDefinitionSchema } from '../../../src/fields/definitions';
import { buildContribution, serializeContributionFile, type Contribution } from '../../../src/model/contribution';
import { currentCycle, WorkbookSchema, type Workbook } from '../../../src/model';
import type { WorksheetDef } from '../../../src/worksheets/types';

export const T0 = '2025-10-01T09:00:00.000Z';
export const T1 = '2025-10-02T09:00:00.000Z';
export const NOW = '2025-10-03T10:00:00.000Z';

/** Two worksheets using lists, tables, single answers, dot votes and a setup field. */
export const WORKSHEETS: WorksheetDef[] = [
  {
    id: 'choosing-our-focus',
    title: 'Choosing our focus',
    stage: 'reflect',
    fields: [
      { type: 'list', id: 'candidates', label: 'Candidates', itemName: 'candidate' },
      { type: 'dot-vote', id: 'votes', label: 'Votes', itemsFrom: { field: 'candidates' } },
      { type: 'short-text', id: 'focus', label: 'Our focus' },
      { type: 'rating', id: 'confidence', label: 'How confident are we?', levels: ['Not yet', 'Partly', 'Mostly', 'Fully'] },
    ].map((field) => FieldDefinitionSchema.parse(field)),
  },
  {
    id: 'action-plan',
    title: 'Action plan',
    stage: 'plan',
    fields: [
      {
        type: 'table',
        id: 'actions',
        label: 'Actions',
        rowName: 'action',
        columns: [
          { id: 'action', label: 'Action', type: 'text' },
          { id: 'lead', label: 'Lead', type: 'person' },
        ],
      },
      { type: 'short-text', id: 'title', label: 'Title', setup: 'title' },
    ].map((field) => FieldDefinitionSchema.parse(field)),
  },
];

/** The team's workbook: two candidates with dots, a focus, one action. */
export function teamWorkbook(): Workbook {
  return WorkbookSchema.parse({
    id: 'team',
    title: 'Team plan',
    cycles: [
      {
        id: 'c1',
        number: 1,
        startedAt: T0,
        answers: {
          'choosing-our-focus': {
            candidates: {
              value: [
                { id: 'a', text: 'More movement breaks' },
                { id: 'b', text: 'Quiet space at lunchtime' },
              ],
              updatedAt: T0,
            },
            votes: { value: { a: 2, b: 1 }, updatedAt: T0 },
            focus: { value: 'Lunchtimes', updatedAt: T0 },
          },
          'action-plan': { actions: { value: [{ id: 'r1', cells: { action: 'Audit the dining hall', lead: 'SENCo' } }], updatedAt: T0 } },
        },
      },
    ],
    currentCycleId: 'c1',
    schemaVersion: 1,
    createdAt: T0,
    updatedAt: T0,
  });
}

/** A contributor's workbook with the given answers in its current cycle. */
export function contributorWorkbook(id: string, answers: Record<string, Record<string, unknown>>): Workbook {
  const sheets = Object.fromEntries(
    Object.entries(answers).map(([sheet, fields]) => [sheet, Object.fromEntries(Object.entries(fields).map(([field, value]) => [field, { value, updatedAt: T1 }]))]),
  );
  return WorkbookSchema.parse({ id, title: 'My copy', cycles: [{ id: 'k1', answers: sheets }], currentCycleId: 'k1', schemaVersion: 1 });
}

/** A contribution of every worksheet answered in `workbook`. */
export function contributionOf(workbook: Workbook, contributor: string): Contribution {
  return buildContribution(workbook, Object.keys(currentCycle(workbook).answers), contributor, T1);
}

/** The same as file text. */
export function fileOf(workbook: Workbook, contributor: string): string {
  return serializeContributionFile(contributionOf(workbook, contributor));
}

/** Predictable ids for entries whose id is taken: new-1, new-2… */
export function idMaker(): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `new-${String(n)}`;
  };
}
