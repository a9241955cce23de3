import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerValue, openTab, sleep, type Tab } from './helpers';

const stops: Array<() => Promise<void>> = [];

/** A new tab over the shared (fake) IndexedDB, with autosave running. */
async function startTab(id?: string): Promise<Tab> {
  const tab = await openTab();
  stops.push(tab.startAutosave({ debounceMs: 20, windowTarget: undefined, documentTarget: undefined }));
  if (id !== undefined) await tab.loadWorkbook(id);
  return tab;
}

/** Two tabs with the same new workbook open. */
async function twoTabs(): Promise<{ a: Tab; b: Tab; id: string }> {
  const a = await startTab();
  const created = await a.createNewWorkbook('Shared plan');
  if (!created.ok) throw new Error(created.problem);
  await a.loadWorkbook(created.id);
  const b = await startTab(created.id);
  return { a, b, id: created.id };
}

afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

describe('several tabs on one workbook', () => {
  it('keeps both tabs’ edits to different fields', async () => {
    const { a, b, id } = await twoTabs();
    a.setAnswer('reflect', 'strengths', 'from tab A');
    b.setAnswer('reflect', 'barriers', 'from tab B');
    await Promise.all([a.flushAutosave(), b.flushAutosave()]);

    const reopened = await startTab(id);
    expect(answerValue(reopened, 'reflect', 'strengths')).toBe('from tab A');
    expect(answerValue(reopened, 'reflect', 'barriers')).toBe('from tab B');
    await vi.waitFor(() => {
      expect(answerValue(a, 'reflect', 'barriers')).toBe('from tab B');
      expect(answerValue(b, 'reflect', 'strengths')).toBe('from tab A');
    });
  });

  it('shows another tab’s saved edit without losing unsaved typing here', async () => {
    const { a, b } = await twoTabs();
    b.setAnswer('plan', 'goal', 'typing in B, not saved yet');
    a.setAnswer('plan', 'why', 'saved by A');
    await a.flushAutosave();
    await vi.waitFor(() => expect(answerValue(b, 'plan', 'why')).toBe('saved by A'));
    expect(answerValue(b, 'plan', 'goal')).toBe('typing in B, not saved yet');
    await b.flushAutosave();
    expect(answerValue(b, 'plan', 'goal')).toBe('typing in B, not saved yet');
  });

  it('keeps the later edit of the same field and tells the tab that lost', async () => {
    const { a, b, id } = await twoTabs();
    a.setAnswer('plan', 'goal', 'earlier, from A');
    await sleep(5);
    b.setAnswer('plan', 'goal', 'later, from B');
    await b.flushAutosave();
    await a.flushAutosave();

    expect(answerValue(a, 'plan', 'goal')).toBe('later, from B');
    expect(a.$saveStatus.get().message).toContain('Another tab changed ‘plan.goal’ after you did; its later edit is kept.');
    const reopened = await startTab(id);
    expect(answerValue(reopened, 'plan', 'goal')).toBe('later, from B');
  });

  it('tells a tab when its saved edit is replaced by a later one from another tab', async () => {
    const { a, b } = await twoTabs();
    a.setAnswer('plan', 'goal', 'A, saved first');
    await a.flushAutosave();
    await vi.waitFor(() => expect(answerValue(b, 'plan', 'goal')).toBe('A, saved first'));
    await sleep(5);
    b.setAnswer('plan', 'goal', 'B, a minute later');
    await b.flushAutosave();
    await vi.waitFor(() => expect(answerValue(a, 'plan', 'goal')).toBe('B, a minute later'));
    expect(a.$saveStatus.get().message).toContain('Another tab changed ‘plan.goal’');
  });
});
