import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fixtureV1 from '../../fixtures/workbook-v1.json';
import { parseWorkbookFile } from '../../../src/model';
import { answerValue, openTab, spyEngine, type Tab } from './helpers';

let tab: Tab;
let engine: ReturnType<typeof spyEngine>;
let stop: (() => Promise<void>) | undefined;

/** Creates and opens a workbook; returns its id. */
async function openNew(title = 'Plan'): Promise<string> {
  const created = await tab.createNewWorkbook(title);
  if (!created.ok) throw new Error(created.problem);
  await tab.loadWorkbook(created.id);
  return created.id;
}

beforeEach(async () => {
  tab = await openTab();
  engine = spyEngine();
  tab.useStorage(engine);
  stop = tab.startAutosave({ windowTarget: undefined, documentTarget: undefined, tabSync: false });
});

afterEach(async () => {
  await stop?.();
});

describe('many workbooks', () => {
  it('lists created workbooks, newest first', async () => {
    await tab.createNewWorkbook('First');
    await new Promise((resolve) => setTimeout(resolve, 2));
    await tab.createNewWorkbook('Second');
    expect(tab.$workbooks.get().map((row) => row.title)).toEqual(['Second', 'First']);
  });

  it('renames the open workbook and one that is not open', async () => {
    const closed = (await tab.createNewWorkbook('Closed')) as { id: string };
    const open = await openNew('Open');
    expect(await tab.renameWorkbook(open, 'Open, renamed')).toEqual({ ok: true });
    expect(await tab.renameWorkbook(closed.id, 'Closed, renamed')).toEqual({ ok: true });
    await tab.flushAutosave();
    await tab.refreshWorkbooks();
    expect(tab.$workbooks.get().map((row) => row.title).sort()).toEqual(['Closed, renamed', 'Open, renamed']);
    expect(await tab.renameWorkbook(open, '   ')).toEqual({ ok: false, problem: 'A workbook needs a name.' });
  });

  it('archives and unarchives', async () => {
    const { id } = (await tab.createNewWorkbook('Old cycle')) as { id: string };
    await tab.archiveWorkbook(id);
    expect(tab.$workbooks.get()[0]?.archivedAt).toEqual(expect.any(String));
    await tab.unarchiveWorkbook(id);
    expect(tab.$workbooks.get()[0]?.archivedAt).toBeUndefined();
  });

  it('duplicates a workbook with its answers under a new id', async () => {
    const id = await openNew('Original');
    tab.setAnswer('plan', 'goal', 'Copied too');
    const copy = await tab.duplicateWorkbook(id);
    if (!copy.ok) throw new Error(copy.problem);
    expect(copy.id).not.toBe(id);
    await tab.loadWorkbook(copy.id);
    expect(tab.$workbook.get()?.title).toBe('Original (copy)');
    expect(answerValue(tab, 'plan', 'goal')).toBe('Copied too');
  });

  it('restores a deleted workbook exactly with undo', async () => {
    const id = await openNew('To delete');
    tab.setAnswer('plan', 'goal', 'Keep me');
    await tab.flushAutosave();
    const before = await engine.get(`workbook:${id}`);
    const deleted = await tab.deleteWorkbook(id);
    if (!deleted.ok) throw new Error(deleted.problem);
    expect(tab.$workbook.get()).toBeNull();
    expect(await engine.get(`workbook:${id}`)).toBeUndefined();
    expect(tab.$workbooks.get()).toEqual([]);
    expect(await tab.undoDelete(deleted.token)).toEqual({ ok: true });
    expect(await engine.get(`workbook:${id}`)).toEqual(before);
    expect(tab.$workbooks.get().map((row) => row.id)).toEqual([id]);
    expect(await tab.undoDelete(deleted.token)).toMatchObject({ ok: false });
  });
});

describe('editing', () => {
  it('refuses answers in a closed cycle', async () => {
    await engine.set('workbook:closed', {
      ...fixtureV1,
      id: 'closed',
      cycles: [{ ...fixtureV1.cycles[0], closedAt: '2026-07-17T15:00:00.000Z' }],
    });
    await tab.loadWorkbook('closed');
    expect(tab.setAnswer('plan', 'goal', 'x')).toEqual({
      ok: false,
      problem: 'This cycle is closed: it is kept as a read-only record. Start the next cycle to make changes.',
    });
  });

  it('refuses a setup change that is not valid, naming the field', async () => {
    await openNew();
    expect(tab.updateSetup({ team: [{ id: 't1', name: ' ' }] })).toEqual({
      ok: false,
      problem: 'The field ‘setup.team.0’ needs a name or a role.',
    });
    expect(tab.updateSetup({ phase: 'secondary', approaches: ['participatory-policy-design'] })).toEqual({ ok: true });
    expect(tab.$workbook.get()?.setup.phase).toBe('secondary');
  });

  it('keeps a repaired record’s original aside and says so', async () => {
    await engine.set('workbook:odd', { ...fixtureV1, id: 'odd', setup: { ...fixtureV1.setup, reviewDate: 'soon' } });
    expect(await tab.loadWorkbook('odd')).toEqual({ ok: true });
    expect(tab.$saveStatus.get().message).toContain('could not be read and were repaired');
    const aside = (await engine.keys()).filter((key) => key.startsWith('quarantine:odd:'));
    expect(aside).toHaveLength(1);
  });

  it('keeps a workbook from a newer version aside, untouched, and says to update', async () => {
    const newer = { ...fixtureV1, id: 'newer', schemaVersion: 2 };
    await engine.set('workbook:newer', newer);
    const result = await tab.loadWorkbook('newer');
    expect(result).toMatchObject({ ok: false });
    expect(tab.$saveStatus.get()).toMatchObject({ state: 'error' });
    expect(tab.$saveStatus.get().message).toContain('made by a newer version of the workbook — update the page');
    expect(await engine.get('workbook:newer')).toEqual(newer);
    const [key] = (await engine.keys()).filter((candidate) => candidate.startsWith('quarantine:newer:'));
    expect(await engine.get(key!)).toMatchObject({ raw: newer });
    const [listed] = await tab.listKeptAside();
    expect(listed).toMatchObject({ key, id: 'newer' });
    expect(JSON.parse((await tab.keptAsideText(key!)) ?? '')).toEqual(newer);
  });
});

describe('export and import', () => {
  it('exports a file that parses back to the identical workbook', async () => {
    const id = await openNew('Exported');
    tab.setAnswer('measure', 'baseline', { percent: 54, asked: 120 });
    const exported = await tab.exportWorkbook(id);
    if (!exported.ok) throw new Error(exported.problem);
    expect(exported.fileName).toMatch(/^exported-\d{4}-\d{2}-\d{2}\.belonging\.json$/);
    const parsed = parseWorkbookFile(exported.text);
    if (!parsed.ok) throw new Error(parsed.problem);
    await tab.flushAutosave();
    const stored = (await engine.get(`workbook:${id}`)) as Record<string, unknown>;
    // Saving after the export bumps only the write counter and time.
    expect({ ...parsed.workbook, rev: 0, updatedAt: '' }).toEqual({ ...stored, rev: 0, updatedAt: '' });
  });

  it('imports after delete and gets the identical workbook back', async () => {
    const id = await openNew('Round trip');
    tab.setAnswer('plan', 'goal', 'Still here');
    const exported = await tab.exportWorkbook(id);
    if (!exported.ok) throw new Error(exported.problem);
    await tab.deleteWorkbook(id);
    const imported = await tab.importWorkbook(exported.text);
    expect(imported).toEqual({ ok: true, id, repairs: [] });
    expect(await engine.get(`workbook:${id}`)).toEqual(parseWorkbookFile(exported.text).ok && (parseWorkbookFile(exported.text) as { workbook: unknown }).workbook);
  });

  it('refuses a bad file and changes nothing already saved', async () => {
    await openNew('Untouched');
    await tab.flushAutosave();
    const keys = await engine.keys();
    const before = await Promise.all(keys.map((key) => engine.get(key)));
    expect(await tab.importWorkbook('{"format": "something-else"}')).toEqual({
      ok: false,
      problem: 'This file is not a workbook file: it was not exported from the Belonging Workbook.',
    });
    expect(await engine.keys()).toEqual(keys);
    expect(await Promise.all(keys.map((key) => engine.get(key)))).toEqual(before);
  });

  it('asks before replacing a workbook that is already here, and can keep both', async () => {
    const id = await openNew('Twice');
    const exported = await tab.exportWorkbook(id);
    if (!exported.ok) throw new Error(exported.problem);
    expect(await tab.importWorkbook(exported.text)).toMatchObject({ ok: false, exists: true, title: 'Twice' });
    const kept = await tab.importWorkbook(exported.text, 'keep-both');
    expect(kept.ok && kept.id !== id).toBe(true);
    expect(tab.$workbooks.get()).toHaveLength(2);
  });
});
