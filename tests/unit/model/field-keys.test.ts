import { describe, expect, it } from 'vitest';
import fixtureV1 from '../../fixtures/workbook-v1.json';
import { diffWorkbook, mergeFields, WorkbookSchema, type Workbook } from '../../../src/model';

const base = WorkbookSchema.parse(fixtureV1);

/** `workbook` with one answer set in cycle c1. */
function withAnswer(workbook: Workbook, sheet: string, field: string, value: string, updatedAt: string): Workbook {
  const cycle = workbook.cycles[0]!;
  const answers = { ...cycle.answers, [sheet]: { ...cycle.answers[sheet], [field]: { value, updatedAt } } };
  return { ...workbook, cycles: [{ ...cycle, answers }] };
}

describe('diffWorkbook', () => {
  it('finds exactly the fields that changed', () => {
    const edited = { ...withAnswer(base, 'plan-goal', 'goal', 'Belong', '2025-10-05T00:00:00.000Z'), title: 'New' };
    expect(diffWorkbook(base, edited)).toEqual([
      ['top', 'title'],
      ['answer', 'c1', 'plan-goal', 'goal'],
    ]);
  });

  it('finds setup changes one key at a time', () => {
    expect(diffWorkbook(base, { ...base, setup: { ...base.setup, phase: 'secondary' } })).toEqual([['setup', 'phase']]);
  });
});

describe('mergeFields', () => {
  it('keeps edits to different fields from both sides', () => {
    const theirs = withAnswer(base, 'a', 'one', 'theirs', '2025-10-05T00:00:00.000Z');
    const mine = withAnswer(base, 'a', 'two', 'mine', '2025-10-05T00:00:01.000Z');
    const { merged, lostTo } = mergeFields(theirs, mine, [['answer', 'c1', 'a', 'two']]);
    expect(merged.cycles[0]?.answers['a']).toEqual({
      one: { value: 'theirs', updatedAt: '2025-10-05T00:00:00.000Z' },
      two: { value: 'mine', updatedAt: '2025-10-05T00:00:01.000Z' },
    });
    expect(lostTo).toEqual([]);
  });

  it('keeps the later edit of the same answer and reports the loser', () => {
    const theirs = withAnswer(base, 'a', 'one', 'later', '2025-10-05T00:00:09.000Z');
    const mine = withAnswer(base, 'a', 'one', 'earlier', '2025-10-05T00:00:01.000Z');
    const { merged, lostTo } = mergeFields(theirs, mine, [['answer', 'c1', 'a', 'one']]);
    expect(merged.cycles[0]?.answers['a']?.['one']?.value).toBe('later');
    expect(lostTo).toEqual([['answer', 'c1', 'a', 'one']]);
  });

  it('changes neither input', () => {
    const theirs = structuredClone(base);
    const mine = { ...base, title: 'Mine' };
    mergeFields(theirs, mine, [['top', 'title']]);
    expect(theirs).toEqual(base);
  });
});
