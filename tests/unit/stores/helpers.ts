import { vi } from 'vitest';
import { createMemoryEngine, type StorageEngine } from '../../../src/storage';
import type * as Autosave from '../../../src/stores/autosave';
import type * as Stores from '../../../src/stores/index';

/** One fresh copy of the stores, as a separate browser tab would have. */
export type Tab = typeof Stores & typeof Autosave;

/** Loads a fresh, independent instance of every store module (a new "tab"). */
export async function openTab(): Promise<Tab> {
  vi.resetModules();
  const stores = await import('../../../src/stores/index');
  const autosave = await import('../../../src/stores/autosave');
  return { ...stores, ...autosave };
}

/** A memory engine whose calls can be counted and made to fail. */
export function spyEngine(engine: StorageEngine = createMemoryEngine()) {
  return {
    get: vi.fn(engine.get),
    set: vi.fn(engine.set),
    del: vi.fn(engine.del),
    keys: vi.fn(engine.keys),
    update: vi.fn(engine.update),
  } satisfies StorageEngine;
}

/** The value of one answer in the open workbook's current cycle. */
export function answerValue(tab: Tab, worksheetId: string, fieldId: string): unknown {
  const workbook = tab.$workbook.get();
  const cycle = workbook?.cycles.find((candidate) => candidate.id === workbook.currentCycleId);
  return cycle?.answers[worksheetId]?.[fieldId]?.value;
}

/** Waits for real time to pass. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
