import { describe, expect, it } from 'vitest';
import fixtureV1 from '../../fixtures/workbook-v1.json';
import {
  createWorkbook,
  MAX_FILE_BYTES,
  parseJsonSafely,
  parseWorkbookFile,
  serializeWorkbookFile,
  WorkbookSchema,
} from '../../../src/model';

const AT = '2025-10-03T10:00:00.000Z';
const workbook = WorkbookSchema.parse(fixtureV1);

/** The problem sentence of a refused file. */
function problemOf(text: string): string {
  const result = parseWorkbookFile(text);
  if (result.ok) throw new Error('expected a refusal');
  return result.problem;
}

describe('the workbook file', () => {
  it('writes a readable envelope around the workbook', () => {
    const text = serializeWorkbookFile(workbook, AT, '9.9.9');
    expect(text.startsWith('{\n  "format": "belonging-workbook",\n  "schemaVersion": 1,\n  "appVersion": "9.9.9",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('reads back exactly what was exported', () => {
    const result = parseWorkbookFile(serializeWorkbookFile(workbook, AT));
    expect(result).toEqual({ ok: true, workbook, repairs: [], exportedAt: AT, appVersion: expect.any(String) });
  });

  it('round-trips a new empty workbook', () => {
    const fresh = createWorkbook('Fresh', AT);
    const result = parseWorkbookFile(serializeWorkbookFile(fresh, AT));
    expect(result.ok && result.workbook).toEqual(fresh);
  });
});

describe('refused files', () => {
  it('refuses text that is not JSON', () => {
    expect(problemOf('<html>not a workbook</html>')).toMatchInlineSnapshot(`"This file is not a workbook file: it is not readable as JSON."`);
  });

  it('refuses JSON that is not a workbook file', () => {
    expect(problemOf('{"name": "shopping list"}')).toMatchInlineSnapshot(`"This file is not a workbook file: it was not exported from the Belonging Workbook."`);
    expect(problemOf('[1, 2, 3]')).toMatchInlineSnapshot(`"This file is not a workbook file: it was not exported from the Belonging Workbook."`);
  });

  it('refuses a file from a newer version and says so', () => {
    const text = JSON.stringify({ format: 'belonging-workbook', schemaVersion: 7, workbook: {} });
    expect(problemOf(text)).toMatchInlineSnapshot(`"This file was made by a newer version of the workbook (file version 7; this page reads up to version 1) — update the page (reload it while online) and import it again."`);
  });

  it('refuses a file without a version', () => {
    expect(problemOf(JSON.stringify({ format: 'belonging-workbook', workbook: fixtureV1 }))).toMatchInlineSnapshot(`"This file is not a workbook file: it does not say which version of the workbook made it."`);
  });

  it('refuses a file whose workbook lacks a required field, naming it', () => {
    const broken: Record<string, unknown> = { ...fixtureV1 };
    delete broken['currentCycleId'];
    const text = JSON.stringify({ format: 'belonging-workbook', schemaVersion: 1, workbook: broken });
    expect(problemOf(text)).toMatchInlineSnapshot(`"This workbook file cannot be imported. The field ‘currentCycleId’ is missing: add it as text."`);
  });

  it('refuses a file whose workbook has a field of the wrong kind, naming it', () => {
    const text = JSON.stringify({ format: 'belonging-workbook', schemaVersion: 1, workbook: { ...fixtureV1, cycles: 'all of them' } });
    expect(problemOf(text)).toMatchInlineSnapshot(`"This workbook file cannot be imported. The field ‘cycles’ should be a list, not text."`);
  });

  it('refuses a file with no workbook inside', () => {
    expect(problemOf('{"format": "belonging-workbook", "schemaVersion": 1}')).toMatchInlineSnapshot(`"This file is not a workbook file: it has no workbook inside."`);
  });

  it('refuses a file over 20 MB before reading it', () => {
    expect(problemOf(' '.repeat(MAX_FILE_BYTES + 1))).toMatchInlineSnapshot(`"This file is too large to be a workbook file (over 20 MB), so it was not opened."`);
  });
});

describe('prototype pollution', () => {
  it('drops __proto__, constructor and prototype keys while parsing', () => {
    const parsed = parseJsonSafely('{"a": 1, "__proto__": {"polluted": true}, "b": {"constructor": {"prototype": {"x": 1}}, "prototype": 2}}');
    expect(parsed).toEqual({ ok: true, value: { a: 1, b: {} } });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('imports a workbook file carrying those keys without them', () => {
    const text = serializeWorkbookFile(workbook, AT).replace('"title":', '"__proto__": {"isAdmin": true}, "constructor": 1, "title":');
    const result = parseWorkbookFile(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.hasOwn(result.workbook, '__proto__')).toBe(false);
    expect(Object.hasOwn(result.workbook, 'constructor')).toBe(false);
    expect((result.workbook as Record<string, unknown>)['isAdmin']).toBeUndefined();
  });

  it('keeps imported text as plain text', () => {
    const text = serializeWorkbookFile({ ...workbook, title: '<img src=x onerror=alert(1)>' }, AT);
    const result = parseWorkbookFile(text);
    expect(result.ok && result.workbook.title).toBe('<img src=x onerror=alert(1)>');
  });
});
