import { describe, expect, it } from 'vitest';
import { currentCycle } from '../../../src/model';
import { parseContributionFile, type Contribution } from '../../../src/model/contribution';
import { applyMerge, defaultDecisions, planMerge } from '../../../src/model/merge';
import { contributorWorkbook, fileOf, idMaker, NOW, T0, teamWorkbook, WORKSHEETS } from './support';

/** Three files as a facilitator would choose them: duplicates, a conflict, and a malformed one. */
const FILES = {
  duplicates: fileOf(
    contributorWorkbook('teacher', {
      'choosing-our-focus': {
        candidates: [
          { id: 'x1', text: '  more movement BREAKS ' },
          { id: 'x2', text: 'Quiet space at lunch-time' },
          { id: 'b', text: 'Sensory kits in every class' },
        ],
        votes: { x1: 2, x2: 1, b: 3 },
        focus: 42,
      },
      'action-plan': { actions: [{ id: 't1', cells: { action: 'Train lunchtime staff', lead: 'Year 4 teacher' } }] },
    }),
    'Year 4 teacher',
  ),
  conflict: fileOf(
    contributorWorkbook('senco', {
      'choosing-our-focus': { focus: 'Transitions', confidence: 3 },
      'action-plan': { actions: [{ id: 's1', cells: { action: 'audit the dining hall ', lead: 'SENCo' } }], title: 'Renamed' },
    }),
    'SENCo',
  ),
  malformed: '{ "format": "belonging-workbook-contribution", "schemaVersion": 1, "contributor": "Head", "worksheets": {} }',
};

/** The contributions that parse, and the sentences of those refused. */
function readAll(texts: string[]): { accepted: Contribution[]; refused: string[] } {
  const results = texts.map(parseContributionFile);
  return {
    accepted: results.flatMap((result) => (result.ok ? [result.contribution] : [])),
    refused: results.flatMap((result) => (result.ok ? [] : [result.problem])),
  };
}

function planAll() {
  const team = teamWorkbook();
  const { accepted, refused } = readAll([FILES.duplicates, FILES.conflict, FILES.malformed]);
  return { team, refused, plan: planMerge(team, accepted, WORKSHEETS, { newId: idMaker() }) };
}

describe('merging three contribution files', () => {
  it('refuses the malformed file, naming what is missing', () => {
    expect(planAll().refused).toMatchInlineSnapshot(`
      [
        "This contribution file cannot be merged. The field ‘sourceWorkbook’ is missing: add it as a group of fields.",
      ]
    `);
  });

  it('flags exact and near duplicates with the entry they resemble', () => {
    const { plan } = planAll();
    const flagged = plan.additions.filter((addition) => addition.duplicate).map((addition) => [addition.text, addition.by, addition.duplicate]);
    expect(flagged).toEqual([
      ['more movement BREAKS', 'Year 4 teacher', { level: 'exact', ofId: 'a', ofText: 'More movement breaks', ofBy: 'the team' }],
      ['Quiet space at lunch-time', 'Year 4 teacher', { level: 'near', ofId: 'b', ofText: 'Quiet space at lunchtime', ofBy: 'the team' }],
      ['audit the dining hall · SENCo', 'SENCo', { level: 'exact', ofId: 'r1', ofText: 'Audit the dining hall · SENCo', ofBy: 'the team' }],
    ]);
  });

  it('shows a conflicting answer side by side with the team’s, and fills a gap', () => {
    const { plan } = planAll();
    expect(plan.conflicts.map((conflict) => [conflict.fieldLabel, conflict.options.map((option) => [option.by, option.text])])).toEqual([
      ['Our focus', [['the team', 'Lunchtimes'], ['SENCo', 'Transitions']]],
    ]);
    const fill = plan.additions.find((addition) => addition.target.kind === 'answer');
    expect(fill).toMatchObject({ fieldLabel: 'How confident are we?', by: 'SENCo', text: '3 – Mostly', target: { kind: 'answer', value: 3 } });
  });

  it('lists unreadable and setup answers as skipped, with reasons', () => {
    expect(planAll().plan.skipped).toEqual([
      { source: 0, by: 'Year 4 teacher', worksheetTitle: 'Choosing our focus', fieldLabel: 'Our focus', reason: expect.stringContaining('does not fit the question') },
      { source: 1, by: 'SENCo', worksheetTitle: 'Action plan', fieldLabel: 'Title', reason: expect.stringContaining('part of the workbook’s setup') },
    ]);
  });

  it('produces the expected workbook with the default choices', () => {
    const { team, plan } = planAll();
    const merged = applyMerge(team, plan, defaultDecisions(plan), NOW);
    expect(currentCycle(merged).answers).toEqual({
      'choosing-our-focus': {
        candidates: {
          value: [
            { id: 'a', text: 'More movement breaks' },
            { id: 'b', text: 'Quiet space at lunchtime' },
            { id: 'x2', text: 'Quiet space at lunch-time', by: 'Year 4 teacher' },
            { id: 'new-1', text: 'Sensory kits in every class', by: 'Year 4 teacher' },
          ],
          updatedAt: NOW,
        },
        // The dropped exact duplicate's dots go to the entry it duplicates (a); the renamed item's to its new id.
        votes: { value: { a: 4, b: 1, x2: 1, 'new-1': 3 }, updatedAt: NOW },
        focus: { value: 'Lunchtimes', updatedAt: T0 },
        confidence: { value: 3, updatedAt: NOW, by: 'SENCo' },
      },
      'action-plan': {
        actions: {
          value: [
            { id: 'r1', cells: { action: 'Audit the dining hall', lead: 'SENCo' } },
            { id: 't1', cells: { action: 'Train lunchtime staff', lead: 'Year 4 teacher' }, by: 'Year 4 teacher' },
          ],
          updatedAt: NOW,
        },
      },
    });
    expect(merged.updatedAt).toBe(NOW);
  });

  it('uses the facilitator’s choices: a contributor’s answer and a kept duplicate', () => {
    const { team, plan } = planAll();
    const decisions = defaultDecisions(plan);
    const conflict = plan.conflicts[0];
    const exactRow = plan.additions.find((addition) => addition.duplicate?.ofId === 'r1');
    const near = plan.additions.find((addition) => addition.duplicate?.level === 'near');
    if (!conflict || !exactRow || !near) throw new Error('expected a conflict and duplicates');
    const chosen = { keep: { ...decisions.keep, [exactRow.key]: true, [near.key]: false }, choose: { [conflict.key]: 1 } };
    const answers = currentCycle(applyMerge(team, plan, chosen, NOW)).answers;
    expect(answers['choosing-our-focus']?.['focus']).toEqual({ value: 'Transitions', updatedAt: NOW, by: 'SENCo' });
    expect((answers['action-plan']?.['actions']?.value as unknown[]).length).toBe(3);
    expect(answers['choosing-our-focus']?.['votes']?.value).toEqual({ a: 4, b: 2, 'new-1': 3 });
  });

  it('never changes the team’s workbook, so keeping it undoes the merge exactly', () => {
    const { team, plan } = planAll();
    const before = structuredClone(team);
    const merged = applyMerge(team, plan, defaultDecisions(plan), NOW);
    expect(merged).not.toEqual(before);
    expect(team).toEqual(before);
  });

  it('refuses a plan made for another workbook', () => {
    const { plan } = planAll();
    expect(() => applyMerge({ ...teamWorkbook(), id: 'other' }, plan, defaultDecisions(plan), NOW)).toThrow('another workbook');
  });
});

describe('merging contributions with each other', () => {
  it('flags the second of two identical entries and gives its dots to the first', () => {
    const one = fileOf(contributorWorkbook('one', { 'choosing-our-focus': { candidates: [{ id: 'p1', text: 'Pupil voice' }], votes: { p1: 1 } } }), 'Year 1 teacher');
    const two = fileOf(contributorWorkbook('two', { 'choosing-our-focus': { candidates: [{ id: 'p2', text: 'pupil voice' }], votes: { p2: 2 } } }), '');
    const team = teamWorkbook();
    const plan = planMerge(team, readAll([one, two]).accepted, WORKSHEETS);
    expect(plan.contributors).toEqual(['Year 1 teacher', 'Anonymous contributor']);
    expect(plan.additions[1]?.duplicate).toEqual({ level: 'exact', ofId: 'p1', ofText: 'Pupil voice', ofBy: 'Year 1 teacher' });
    const answers = currentCycle(applyMerge(team, plan, defaultDecisions(plan), NOW)).answers['choosing-our-focus'];
    expect((answers?.['candidates']?.value as { text: string }[]).map((item) => item.text)).toEqual(['More movement breaks', 'Quiet space at lunchtime', 'Pupil voice']);
    expect(answers?.['votes']?.value).toEqual({ a: 2, b: 1, p1: 3 });
  });

  it('treats equal answers as agreement, not conflict', () => {
    const same = fileOf(contributorWorkbook('one', { 'choosing-our-focus': { focus: '  lunchtimes' } }), 'SENCo');
    const plan = planMerge(teamWorkbook(), readAll([same]).accepted, WORKSHEETS);
    expect(plan.conflicts).toEqual([]);
    expect(plan.additions).toEqual([]);
  });
});
