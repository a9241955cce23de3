/**
 * The bad-input suite: every generated hostile file (tests/support/hostile-files.ts)
 * is fed to the workbook file reader, the restore path and the contribution
 * reader. Each is refused with a plain sentence or loaded as a valid workbook
 * or contribution; nothing throws, nothing reaches Object.prototype, and every
 * call finishes quickly.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ContributionSchema, parseContributionFile } from '../../../src/model/contribution';
import { MAX_FILE_BYTES, parseJsonSafely, parseWorkbookFile } from '../../../src/model/file-format';
import { restoreWorkbook } from '../../../src/model/restore';
import { WorkbookSchema } from '../../../src/model/workbook';
import { fiftyMegabyteFile, hostileFiles, type HostileFile } from '../../support/hostile-files';

const files = hostileFiles();
const TIME_LIMIT_MS = 2000;

/** Fails unless `problem` is a sentence a person can read. */
function expectHumanSentence(problem: string): void {
  expect(problem.trim().length).toBeGreaterThan(10);
  expect(problem.length).toBeLessThan(1000);
  expect(problem).toMatch(/[.)]$/);
  expect(problem).not.toMatch(/undefined|\[object Object\]|\bat .+:\d+:\d+|Error:|NaN/);
}

/** Runs `read` and returns its result with how long it took; fails if it throws. */
function timed<T>(read: () => T): T {
  const start = performance.now();
  const result = read();
  expect(performance.now() - start).toBeLessThan(TIME_LIMIT_MS);
  return result;
}

/** Every way the suite reads one file: what the model's readers make of it. */
function readAll(file: HostileFile): void {
  const asWorkbook = timed(() => parseWorkbookFile(file.text));
  if (asWorkbook.ok) {
    expect(WorkbookSchema.safeParse(asWorkbook.workbook).success).toBe(true);
    asWorkbook.repairs.forEach(expectHumanSentence);
  } else expectHumanSentence(asWorkbook.problem);

  const asContribution = timed(() => parseContributionFile(file.text));
  if (asContribution.ok) expect(ContributionSchema.safeParse(asContribution.contribution).success).toBe(true);
  else expectHumanSentence(asContribution.problem);

  // The readers refuse files over their size limit unread, and so does storage: nothing further to feed.
  if (file.text.length > MAX_FILE_BYTES) return;
  const parsed = parseJsonSafely(file.text);
  const raw = parsed.ok ? parsed.value : file.text;
  // As storage would hand it over: parsed without the safe reviver, so deep values and odd keys get through.
  const unsafe = parsed.ok ? raw : parseUnsafely(file.text);
  for (const candidate of [raw, inner(raw), inner(unsafe)]) {
    const before = snapshotOf(candidate);
    const restored = timed(() => restoreWorkbook(candidate));
    if (restored.ok) {
      expect(WorkbookSchema.safeParse(restored.workbook).success).toBe(true);
      restored.repairs.forEach(expectHumanSentence);
    } else expectHumanSentence(restored.problem);
    expect(snapshotOf(candidate)).toBe(before);
  }
}

/** The value as JSON text to compare before and after; a marker when too deep for JSON.stringify. */
function snapshotOf(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return 'too deep to compare';
  }
}

/** Plain JSON.parse (iterative in V8, so it reads nesting the safe reviver cannot); the text itself when not JSON. */
function parseUnsafely(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The `workbook` inside a parsed file, or the value itself. */
function inner(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'workbook' in value ? value.workbook : value;
}

/** Names any key a file managed to add to the shared object prototype. */
function pollutedKeys(): string[] {
  const probe: Record<string, unknown> = {};
  return ['polluted', 'a', 'id', 'value'].filter((key) => key in probe || Object.hasOwn(Object.prototype, key));
}

afterAll(() => {
  expect(pollutedKeys()).toEqual([]);
});

describe('hostile files', () => {
  it('generates at least 100 distinct files', () => {
    expect(files.length).toBeGreaterThanOrEqual(100);
    expect(new Set(files.map((file) => file.name)).size).toBe(files.length);
  });

  it.each(files.map((file) => [file.name, file] as const))('reads “%s” safely', (_name, file) => {
    expect(() => readAll(file)).not.toThrow();
    expect(pollutedKeys()).toEqual([]);
  });

  it('refuses a 50 MB file quickly, before parsing it', { timeout: 15_000 }, () => {
    const file = fiftyMegabyteFile();
    readAll(file);
    const workbook = parseWorkbookFile(file.text);
    expect(!workbook.ok && workbook.problem).toMatchInlineSnapshot(`"This file is too large to be a workbook file (over 20 MB), so it was not opened."`);
    const contribution = parseContributionFile(file.text);
    expect(!contribution.ok && contribution.problem).toMatchInlineSnapshot(`"This file is too large to be a contribution file (over 5 MB), so it was not opened."`);
  });

  it('explains the commonest refusals and repairs in plain words', () => {
    const byName = (name: string): string => files.find((file) => file.name === name)?.text ?? '';
    const problem = (result: { ok: true } | { ok: false; problem: string }): string => (result.ok ? 'loaded' : result.problem);
    expect(problem(parseContributionFile(byName('a whole workbook given as a contribution')))).toMatchInlineSnapshot(`"This is a whole workbook, not a contribution: import it from My workbooks instead."`);
    expect(problem(parseWorkbookFile(byName('a contribution given as a workbook')))).toMatchInlineSnapshot(`"This file is not a workbook file: it was not exported from the Belonging Workbook."`);
    expect(problem(parseWorkbookFile(byName('workbook version 2 inside')))).toMatchInlineSnapshot(`"This workbook file cannot be imported. This workbook was made by a newer version of the workbook — update the page (reload it while online) to open it. It has been kept aside, unchanged."`);
    expect(problem(parseContributionFile(byName('1 MB field id key with a wrong value')))).toMatchInlineSnapshot(`"This contribution file cannot be merged. The field ‘worksheets.our-goal.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA…’ should be a group of fields, not a number."`);
    const title = parseWorkbookFile(byName('workbook workbook.title as object'));
    expect(title.ok && title.repairs).toMatchInlineSnapshot(`
      [
        "The field ‘title’ should be text, not a group of fields; a default was used instead.",
      ]
    `);
    expect(problem(restoreWorkbook(inner(parseUnsafely(byName('10,000 nested lists as an answer')))))).toMatchInlineSnapshot(`"This workbook cannot be read: part of it is nested too deeply or is otherwise unreadable."`);
  });
});

