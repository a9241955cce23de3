import { describe, expect, it } from 'vitest';
import { summaryProblems, summarySource, type SummaryShape } from '../../../src/worksheets/summary';
import { loadWorksheets } from '../pdf/support';
import { fields } from './fixtures';

const columns = { action: 'action', priority: 'priority', lead: 'lead', due: 'due', status: 'status' };
const focus: SummaryShape = {
  id: 'focus',
  fields: fields({ type: 'list', id: 'ideas', label: 'Ideas' }, { type: 'multi-choice', id: 'priorities', label: 'Priorities', optionsFrom: { field: 'ideas' } }),
  summary: { priorities: { field: 'priorities' } },
};
const plan: SummaryShape = {
  id: 'plan',
  fields: fields({
    type: 'table', id: 'actions', label: 'Actions',
    columns: [
      { id: 'action', label: 'Action', type: 'text' },
      { id: 'priority', label: 'Priority', type: 'choice', optionsFrom: { worksheet: 'focus', field: 'priorities' } },
      { id: 'lead', label: 'Lead', type: 'person' },
      { id: 'due', label: 'Due', type: 'date' },
      { id: 'status', label: 'Status', type: 'status' },
    ],
  }),
  summary: { actions: { field: 'actions', columns } },
};
const know: SummaryShape = { id: 'know', fields: fields({ type: 'indicator', id: 'indicators', label: 'Indicators' }), summary: { indicators: { field: 'indicators' } } };
const results: SummaryShape = {
  id: 'results',
  fields: fields({ type: 'indicator', id: 'results', label: 'Results', mode: 'follow-up', from: { worksheet: 'know', field: 'indicators' } }),
  summary: { results: { field: 'results' } },
};

describe('what makes the plan on a page', () => {
  it('finds nothing wrong when every section is declared once, on a field of the right kind', () => {
    expect(summaryProblems([focus, plan, know, results])).toEqual([]);
  });

  it('finds every section declared in the real worksheets', () => {
    expect(summaryProblems(loadWorksheets())).toEqual([]);
  });

  it('names the section no worksheet declares', () => {
    expect(summaryProblems([focus, plan, know])).toMatchInlineSnapshot(`
      [
        "No worksheet says where the plan on a page gets its results: add \`summary: { results: { field: … } }\` to the frontmatter of the worksheet in content/worksheets/ that holds them.",
      ]
    `);
  });

  it('names both files when two worksheets declare the same section', () => {
    const again: SummaryShape = { ...know, id: 'again' };
    expect(summaryProblems([focus, plan, know, again, results])).toEqual(['content/worksheets/know.mdx and content/worksheets/again.mdx declare summary.indicators: keep it on one worksheet.']);
  });

  it('names the file and field when the field is missing or of the wrong kind', () => {
    const missing: SummaryShape = { ...focus, summary: { priorities: { field: 'chosen' } } };
    const wrongKind: SummaryShape = { ...know, summary: { indicators: { field: 'indicators' }, results: { field: 'indicators' } } };
    expect(summaryProblems([missing, plan, wrongKind])).toMatchInlineSnapshot(`
      [
        "content/worksheets/focus.mdx, summary.priorities.field: this worksheet has no field "chosen".",
        "content/worksheets/know.mdx, summary.results.field: "indicators" is an indicator field; the results need an indicator field in follow-up mode.",
      ]
    `);
  });

  it('names the file and column when a column is missing or of the wrong kind', () => {
    const broken: SummaryShape = { ...plan, summary: { actions: { field: 'actions', columns: { ...columns, lead: 'owner', due: 'action' } } } };
    expect(summaryProblems([focus, broken, know, results])).toMatchInlineSnapshot(`
      [
        "content/worksheets/plan.mdx, summary.actions.columns.lead: table "actions" has no column "owner".",
        "content/worksheets/plan.mdx, summary.actions.columns.due: column "action" is a text column; the due date must be a date column.",
      ]
    `);
  });

  it('finds the worksheet and field that fill a section', () => {
    const source = summarySource([focus, plan, know, results], 'actions');
    expect(source?.sheet.id).toBe('plan');
    expect(source?.field.id).toBe('actions');
    expect(source?.declared.columns.lead).toBe('lead');
    expect(summarySource([focus], 'actions')).toBeUndefined();
  });
});
