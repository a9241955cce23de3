/**
 * Where the stores get their storage engine and clock, and `$storageHealth`.
 *
 * Stored shape: nothing of its own. Lifecycle: the first `getEngine()` opens
 * IndexedDB (or falls back to memory, setting `inMemoryOnly`); tests call
 * `useStorage()` first to swap in a memory engine. `$storageHealth` is filled
 * by `refreshStorageHealth()` and `requestPersistentStorage()`.
 */
import { map } from 'nanostores';
import type { StorageEngine } from '../storage/engine';
import { openStorage, type OpenedStorage } from '../storage/idb-engine';
import {
  checkPersisted,
  estimateStorage,
  requestPersistence,
  type PersistState,
  type StorageEstimateResult,
} from '../storage/persistence';

/** How safe saved work is in this browser. */
export interface StorageHealth {
  /** Whether the browser promised to keep the data; 'unknown' until checked. */
  persisted: PersistState | 'unknown';
  /** Space used and available. */
  estimate: StorageEstimateResult;
  /** True when nothing survives closing the tab (IndexedDB unavailable). */
  inMemoryOnly: boolean;
  /** Why IndexedDB is unavailable, when it is. */
  problem?: string;
}

/** How safe saved work is in this browser. */
export const $storageHealth = map<StorageHealth>({
  persisted: 'unknown',
  estimate: { supported: false },
  inMemoryOnly: false,
});

let opened: Promise<OpenedStorage> | undefined;

/** Uses `engine` instead of IndexedDB (unit tests, or a deliberate memory-only mode). */
export function useStorage(engine: StorageEngine, inMemoryOnly = false): void {
  opened = Promise.resolve({ engine, inMemoryOnly });
  $storageHealth.setKey('inMemoryOnly', inMemoryOnly);
}

/** The engine all stores read and write through; opens storage on first use. */
export async function getEngine(): Promise<StorageEngine> {
  if (!opened) {
    opened = openStorage().then((result) => {
      $storageHealth.setKey('inMemoryOnly', result.inMemoryOnly);
      if (result.problem !== undefined) $storageHealth.setKey('problem', result.problem);
      return result;
    });
  }
  return (await opened).engine;
}

/** The current time as an ISO string (one place, so tests can fake it). */
export function nowIso(): string {
  return new Date().toISOString();
}

/** Re-reads whether storage is persistent and how much space is used. */
export async function refreshStorageHealth(): Promise<void> {
  const [persisted, estimate] = await Promise.all([checkPersisted(), estimateStorage()]);
  $storageHealth.setKey('persisted', persisted);
  $storageHealth.setKey('estimate', estimate);
}

/** Asks the browser to keep our data (call after the first save) and records the answer. */
export async function requestPersistentStorage(): Promise<PersistState> {
  const persisted = await requestPersistence();
  $storageHealth.setKey('persisted', persisted);
  $storageHealth.setKey('estimate', await estimateStorage());
  return persisted;
}
