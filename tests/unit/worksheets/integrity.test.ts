import { describe, expect, it } from 'vitest';
import { referenceProblems } from '../../../src/worksheets/integrity';
import { actionSheet, fields, focusSheet } from './fixtures';

describe('references between worksheets', () => {
  it('finds nothing wrong with references that resolve', () => {
    expect(referenceProblems([focusSheet, actionSheet])).toEqual([]);
  });

  it('names the file, path and missing worksheet or field', () => {
    const broken = { id: 'broken', title: 'Broken', stage: 'plan' as const, fields: fields(
      { type: 'dot-vote', id: 'votes', label: 'Votes', itemsFrom: { worksheet: 'focus', field: 'ideas' } },
      { type: 'choice', id: 'pick', label: 'Pick', optionsFrom: { worksheet: 'nowhere', field: 'x' } },
    ) };
    expect(referenceProblems([focusSheet, broken])).toEqual([
      'content/worksheets/broken.mdx, fields.0.itemsFrom: worksheet "focus" has no field "ideas".',
      'content/worksheets/broken.mdx, fields.1.optionsFrom: there is no worksheet "nowhere".',
    ]);
  });

  it('refuses to draw items from a field that has none, or from a missing column', () => {
    const sheet = { id: 'odd', title: 'Odd', stage: 'plan' as const, fields: fields(
      { type: 'short-text', id: 'name', label: 'Name' },
      { type: 'choice', id: 'pick', label: 'Pick', optionsFrom: { field: 'name' } },
      { type: 'choice', id: 'act', label: 'Act', optionsFrom: { worksheet: 'actions', field: 'actions', column: 'owner' } },
    ) };
    expect(referenceProblems([actionSheet, focusSheet, sheet])).toEqual([
      'content/worksheets/odd.mdx, fields.1.optionsFrom: field "name" is a short-text field and has no items to draw from.',
      'content/worksheets/odd.mdx, fields.2.optionsFrom: table "actions" has no column "owner".',
    ]);
  });
});
