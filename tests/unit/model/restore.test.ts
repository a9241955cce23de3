import { describe, expect, it } from 'vitest';
import fixtureV1 from '../../fixtures/workbook-v1.json';
import { describeZodError, restoreWorkbook, WorkbookSchema } from '../../../src/model';

/** A plain object of unknown shape, for spoiling fixtures. */
type Loose = Record<string, unknown>;

/** A deep copy of the v1 fixture to spoil. */
function fixture(): Loose {
  return structuredClone(fixtureV1) as Loose;
}

/** The object at `path` inside `root`. */
function at(root: Loose, ...path: Array<string | number>): Loose {
  return path.reduce<Loose>((node, part) => node[part] as Loose, root);
}

describe('restoreWorkbook', () => {
  it('refuses something that is not an object', () => {
    expect(restoreWorkbook('hello')).toEqual({
      ok: false,
      reason: 'not-a-workbook',
      problem: 'This is not a saved workbook: it has no version number.',
    });
    expect(restoreWorkbook(null).ok).toBe(false);
    expect(restoreWorkbook([1, 2]).ok).toBe(false);
  });

  it('refuses a workbook from a newer version and says to update the page', () => {
    const result = restoreWorkbook({ ...fixture(), schemaVersion: 99 });
    expect(result).toMatchObject({ ok: false, reason: 'newer-version' });
    if (!result.ok) expect(result.problem).toContain('made by a newer version of the workbook — update the page');
  });

  it('repairs a wrong optional field and lists the repair', () => {
    const raw = fixture();
    at(raw, 'setup')['reviewDate'] = 'next spring';
    const result = restoreWorkbook(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.workbook.setup.reviewDate).toBeUndefined();
    expect(result.workbook.setup.policyAreas).toHaveLength(3);
    expect(result.repairs).toEqual([
      'The field ‘setup.reviewDate’ should be a date written as YYYY-MM-DD (for example 2025-09-01); a default was used instead.',
    ]);
  });

  it('repairs a field with a default when it has the wrong type', () => {
    const raw = fixture();
    raw['title'] = 42;
    const result = restoreWorkbook(raw);
    expect(result).toMatchObject({ ok: true, workbook: { title: 'Untitled workbook' } });
  });

  it('sets aside only the unreadable answer and keeps the rest', () => {
    const raw = fixture();
    delete at(raw, 'cycles', 0, 'answers', 'measure-indicators', 'target')['value'];
    const result = restoreWorkbook(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const sheet = result.workbook.cycles[0]?.answers['measure-indicators'];
    expect(sheet?.['target']).toBeUndefined();
    expect(sheet?.['baseline']?.value).toBe(54);
    expect(result.repairs[0]).toContain('‘cycles.0.answers.measure-indicators.target’ was set aside');
  });

  it('refuses a workbook without an id, naming the field', () => {
    const raw = fixture();
    delete raw['id'];
    expect(restoreWorkbook(raw)).toEqual({
      ok: false,
      reason: 'invalid',
      problem: 'The field ‘id’ is missing: add it as text.',
    });
  });

  it('never changes what it was given', () => {
    const raw = fixture();
    raw['title'] = 42;
    restoreWorkbook(raw);
    expect(raw['title']).toBe(42);
  });
});

describe('describeZodError', () => {
  it('names a team member with neither a name nor a role', () => {
    const raw = fixture();
    at(raw, 'setup', 'team')[0] = { id: 't1' };
    const result = WorkbookSchema.safeParse(raw);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(describeZodError(result.error)).toBe('The field ‘setup.team.0’ needs a name or a role.');
  });

  it('says what kind of value was expected and found', () => {
    const result = WorkbookSchema.safeParse({ ...fixture(), rev: 'many' }, { reportInput: true });
    if (result.success) throw new Error('expected a failure');
    expect(describeZodError(result.error)).toMatchInlineSnapshot(`"The field ‘rev’ should be a number, not text."`);
  });

  it('counts the other problems', () => {
    const result = WorkbookSchema.safeParse({ ...fixture(), rev: 'many', title: 3, setup: { approaches: ['x'] } }, { reportInput: true });
    if (result.success) throw new Error('expected a failure');
    expect(describeZodError(result.error)).toMatchInlineSnapshot(`"The field ‘title’ should be text, not a number (and 2 more problems)."`);
  });
});
