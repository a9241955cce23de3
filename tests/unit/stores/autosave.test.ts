import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWorkbook } from '../../../src/model';
import { answerValue, openTab, spyEngine, type Tab } from './helpers';

let tab: Tab;
let engine: ReturnType<typeof spyEngine>;
let stop: (() => Promise<void>) | undefined;
const win = new EventTarget();
const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });

/** Creates a workbook, loads it and starts autosave with the given debounce. */
async function openWorkbook(debounceMs = 300): Promise<string> {
  const created = await tab.createNewWorkbook('Plan');
  if (!created.ok) throw new Error(created.problem);
  await tab.loadWorkbook(created.id);
  stop = tab.startAutosave({ debounceMs, windowTarget: win, documentTarget: doc, tabSync: false });
  engine.update.mockClear();
  return created.id;
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  tab = await openTab();
  engine = spyEngine();
  tab.useStorage(engine);
});

afterEach(async () => {
  await stop?.();
  stop = undefined;
  vi.useRealTimers();
});

describe('autosave', () => {
  it('waits for a pause in typing, then saves once', async () => {
    const id = await openWorkbook();
    tab.setAnswer('reflect', 'meaning', 'B');
    await vi.advanceTimersByTimeAsync(100);
    tab.setAnswer('reflect', 'meaning', 'Be');
    await vi.advanceTimersByTimeAsync(299);
    expect(engine.update).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(engine.update).toHaveBeenCalledTimes(1);
    expect(tab.$saveStatus.get().state).toBe('saved');
    const stored = (await engine.get(`workbook:${id}`)) as { rev: number };
    expect(stored.rev).toBe(1);
  });

  it('saves at once when the page is hidden or left', async () => {
    await openWorkbook(60_000);
    tab.setAnswer('reflect', 'meaning', 'pagehide');
    win.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(1);
    expect(engine.update).toHaveBeenCalledTimes(1);
    tab.setAnswer('reflect', 'meaning', 'hidden');
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    doc.visibilityState = 'visible';
    await vi.advanceTimersByTimeAsync(1);
    expect(engine.update).toHaveBeenCalledTimes(2);
  });

  it('never writes before the first load has finished', async () => {
    stop = tab.startAutosave({ windowTarget: win, documentTarget: doc, tabSync: false });
    tab.$workbook.set(createWorkbook('Not loaded', new Date().toISOString()));
    expect(tab.setAnswer('reflect', 'meaning', 'typed too early').ok).toBe(true);
    win.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(engine.set).not.toHaveBeenCalled();
    expect(engine.update).not.toHaveBeenCalled();
  });

  it('does not write just because a workbook was opened', async () => {
    await openWorkbook();
    await vi.advanceTimersByTimeAsync(1000);
    expect(engine.update).not.toHaveBeenCalled();
  });

  it('keeps answers after reload', async () => {
    const id = await openWorkbook();
    tab.setAnswer('plan', 'goal', 'Every child belongs');
    await vi.advanceTimersByTimeAsync(300);
    const shared = engine;
    tab = await openTab();
    tab.useStorage(shared);
    await tab.loadWorkbook(id);
    expect(answerValue(tab, 'plan', 'goal')).toBe('Every child belongs');
  });

  it('reports a full disk in words and keeps the typing on the page', async () => {
    await openWorkbook();
    engine.update.mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    tab.setAnswer('plan', 'goal', 'Not lost');
    await vi.advanceTimersByTimeAsync(300);
    expect(tab.$saveStatus.get()).toMatchObject({ state: 'error', message: 'Not saved — storage is full.' });
    expect(tab.$saveStatus.get().advice).toContain('Export the workbook file');
    expect(answerValue(tab, 'plan', 'goal')).toBe('Not lost');
    expect(tab.pendingFieldKeys()).toEqual([['answer', expect.any(String), 'plan', 'goal']]);
  });

  it('saves the edits kept after a failure once storage works again', async () => {
    const id = await openWorkbook();
    const realUpdate = engine.update.getMockImplementation()!;
    engine.update.mockRejectedValueOnce(new DOMException('x', 'UnknownError'));
    tab.setAnswer('plan', 'goal', 'Retried');
    await vi.advanceTimersByTimeAsync(300);
    expect(tab.$saveStatus.get().state).toBe('error');
    engine.update.mockImplementation(realUpdate);
    await tab.flushAutosave();
    expect(tab.$saveStatus.get().state).toBe('saved');
    const stored = (await engine.get(`workbook:${id}`)) as { cycles: Array<{ answers: Record<string, Record<string, { value: unknown }>> }> };
    expect(stored.cycles[0]?.answers['plan']?.['goal']?.value).toBe('Retried');
  });
});
