import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryEngine } from '../../../src/storage';
import { listQuarantined } from '../../../src/storage/quarantine';
import { workbookKey } from '../../../src/storage/keys';
import { parseContributionFile } from '../../../src/model/contribution';
import { applyMerge, defaultDecisions, planMerge } from '../../../src/model/merge';
import type { Workbook } from '../../../src/model';
import type * as MergeHistory from '../../../src/stores/merge-history';
import { openTab, type Tab } from '../stores/helpers';
import { contributorWorkbook, fileOf, NOW, teamWorkbook, WORKSHEETS } from './support';

let tab: Tab;
let history: typeof MergeHistory;
let engine: ReturnType<typeof createMemoryEngine>;
let stop: (() => Promise<void>) | undefined;

/** The workbook without its write counter, which only ever goes up. */
function withoutRev(workbook: Workbook | null | undefined): unknown {
  if (!workbook) return workbook;
  return { ...workbook, rev: 'any' };
}

beforeEach(async () => {
  tab = await openTab();
  history = await import('../../../src/stores/merge-history');
  engine = createMemoryEngine([[workbookKey('team'), teamWorkbook()]]);
  tab.useStorage(engine);
  await tab.loadWorkbook('team');
  stop = tab.startAutosave({ windowTarget: undefined, documentTarget: undefined, tabSync: false });
});

afterEach(async () => {
  await stop?.();
});

/** Applies a merge of one contribution with the default choices. */
async function mergeOne(): Promise<Workbook> {
  const parsed = parseContributionFile(fileOf(contributorWorkbook('t', { 'choosing-our-focus': { candidates: [{ id: 'n', text: 'Pupil voice' }], focus: 'Transitions' } }), 'SENCo'));
  if (!parsed.ok) throw new Error(parsed.problem);
  const previous = tab.$workbook.get() as Workbook;
  const plan = planMerge(previous, [parsed.contribution], WORKSHEETS);
  const result = await history.applyMergedWorkbook('team', (team) => applyMerge(team, plan, defaultDecisions(plan), NOW), 'Merged.');
  expect(result).toEqual({ ok: true });
  return previous;
}

describe('applying and undoing a merge', () => {
  it('saves the merged workbook and keeps the previous one aside', async () => {
    const previous = await mergeOne();
    const stored = (await engine.get(workbookKey('team'))) as Workbook;
    expect(JSON.stringify(stored)).toContain('Pupil voice');
    expect(withoutRev(tab.$workbook.get())).toEqual(withoutRev(stored));
    const kept = await listQuarantined(engine);
    expect(kept).toHaveLength(1);
    expect(kept[0]?.raw).toEqual(previous);
    expect(kept[0]?.reason).toMatch(/^Kept before merging contributions on .+, so the merge can be undone\.$/);
    expect(history.$lastMerge.get()?.previous).toEqual(previous);
  });

  it('undoes the merge exactly, in the page and in storage', async () => {
    const previous = structuredClone(await mergeOne());
    expect(await history.undoLastMerge()).toEqual({ ok: true });
    expect(withoutRev(tab.$workbook.get())).toEqual(withoutRev(previous));
    expect(withoutRev((await engine.get(workbookKey('team'))) as Workbook)).toEqual(withoutRev(previous));
    expect((tab.$workbook.get() as Workbook).rev).toBeGreaterThan(previous.rev);
    expect(history.$lastMerge.get()).toBeNull();
    // The merged version is kept aside too, so undoing never loses anything.
    const kept = await listQuarantined(engine);
    expect(kept.map((entry) => JSON.stringify(entry.raw).includes('Pupil voice'))).toEqual([false, true]);
  });

  it('says when there is nothing to undo', async () => {
    expect(await history.undoLastMerge()).toEqual({ ok: false, problem: 'There is no merge to undo in this visit.' });
  });
});
