import { describe, expect, it } from 'vitest';
import {
  contributionFileName,
  contributorName,
  MAX_CONTRIBUTION_BYTES,
  parseContributionFile,
  serializeContributionFile,
} from '../../../src/model/contribution';
import { serializeWorkbookFile } from '../../../src/model';
import { contributionOf, contributorWorkbook, T1, teamWorkbook } from './support';

/** The sentence of a refused file. */
function problemOf(text: string): string {
  const result = parseContributionFile(text);
  if (result.ok) throw new Error('expected a refusal');
  return result.problem;
}

const valid = {
  format: 'belonging-workbook-contribution',
  schemaVersion: 1,
  appVersion: '0.1.0',
  exportedAt: T1,
  contributor: 'Year 4 teacher',
  sourceWorkbook: { id: 'mine', title: 'My copy' },
  worksheets: { 'choosing-our-focus': { focus: { value: 'Transitions', updatedAt: T1 } } },
};

describe('the contribution file', () => {
  it('holds only the chosen worksheets of the current cycle', () => {
    const workbook = contributorWorkbook('mine', { 'choosing-our-focus': { focus: 'Transitions' }, 'action-plan': { actions: [] } });
    const contribution = contributionOf(workbook, '  Year 4 teacher ');
    expect(contribution).toMatchObject({ format: 'belonging-workbook-contribution', schemaVersion: 1, contributor: 'Year 4 teacher', sourceWorkbook: { id: 'mine', title: 'My copy' } });
    expect(Object.keys(contribution.worksheets)).toEqual(['choosing-our-focus', 'action-plan']);
    expect(contribution.worksheets['choosing-our-focus']).toEqual({ focus: { value: 'Transitions', updatedAt: T1 } });
  });

  it('reads back exactly what was written', () => {
    const contribution = contributionOf(contributorWorkbook('mine', { 'choosing-our-focus': { focus: 'Transitions' } }), 'SENCo');
    expect(parseContributionFile(serializeContributionFile(contribution))).toEqual({ ok: true, contribution });
  });

  it('names a blank contributor "Anonymous contributor"', () => {
    expect(contributorName({ contributor: '   ' })).toBe('Anonymous contributor');
    expect(contributorName({ contributor: 'SENCo' })).toBe('SENCo');
  });

  it('names the file after the workbook, the contributor and the date', () => {
    expect(contributionFileName('Belonging plan 2025–26', 'Year 4 teacher', T1)).toBe('belonging-plan-2025-26-contribution-year-4-teacher-2025-10-02.json');
    expect(contributionFileName('Plan', '', T1)).toBe('plan-contribution-anonymous-2025-10-02.json');
  });

  it('drops keys that could reach a prototype', () => {
    const text = JSON.stringify(valid).replace('"worksheets":{', '"worksheets":{"__proto__":{"polluted":{"value":1}},');
    const result = parseContributionFile(text);
    expect(result.ok && Object.keys(result.contribution.worksheets)).toEqual(['choosing-our-focus']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('refused contribution files', () => {
  it('refuses text that is not JSON', () => {
    expect(problemOf('not json')).toMatchInlineSnapshot(`"This file is not a contribution file: it is not readable as JSON."`);
  });

  it('refuses JSON that is not a contribution', () => {
    expect(problemOf('{"name": "shopping list"}')).toMatchInlineSnapshot(`"This file is not a contribution file: it was not exported from the Belonging Workbook."`);
    expect(problemOf('[1, 2]')).toMatchInlineSnapshot(`"This file is not a contribution file: it was not exported from the Belonging Workbook."`);
  });

  it('sends a whole workbook file to My workbooks', () => {
    expect(problemOf(serializeWorkbookFile(teamWorkbook(), T1))).toMatchInlineSnapshot(`"This is a whole workbook, not a contribution: import it from My workbooks instead."`);
  });

  it('refuses a contribution from a newer version', () => {
    expect(problemOf(JSON.stringify({ ...valid, schemaVersion: 4 }))).toMatchInlineSnapshot(`"This contribution was made by a newer version of the workbook (file version 4; this page reads up to version 1) — update the page (reload it while online) and try again."`);
  });

  it('names a missing or wrong field', () => {
    const missing: Record<string, unknown> = { ...valid };
    delete missing['sourceWorkbook'];
    expect(problemOf(JSON.stringify(missing))).toMatchInlineSnapshot(`"This contribution file cannot be merged. The field ‘sourceWorkbook’ is missing: add it as a group of fields."`);
    expect(problemOf(JSON.stringify({ ...valid, worksheets: [] }))).toMatchInlineSnapshot(`"This contribution file cannot be merged. The field ‘worksheets’ should be a group of fields, not a list."`);
    expect(problemOf(JSON.stringify({ ...valid, schemaVersion: 'one' }))).toMatchInlineSnapshot(`"This contribution file cannot be merged. The field ‘schemaVersion’ should be a number, not text."`);
  });

  it('refuses a file that is too large before reading it', () => {
    expect(problemOf(' '.repeat(MAX_CONTRIBUTION_BYTES + 1))).toMatchInlineSnapshot(`"This file is too large to be a contribution file (over 5 MB), so it was not opened."`);
  });
});
