/**
 * The IndexedDB engine (idb-keyval) and the check that decides whether this
 * browser can keep work at all.
 *
 * Lifecycle: `openStorage()` runs once per page. It writes and removes a probe
 * key; if IndexedDB is missing, blocked (some private browsing modes) or hangs,
 * it falls back to a tab-only engine (sessionStorage, else memory) and says so
 * with `inMemoryOnly: true`, so the app still works and the UI can warn that
 * work is lost on close unless exported.
 */
import { createStore, del, get, keys, set, update, type UseStore } from 'idb-keyval';
import { createMemoryEngine, type StorageEngine } from './engine';
import { DB_NAME, PROBE_KEY, STORE_NAME } from './keys';
import { createSessionEngine, usableSessionStorage } from './session-engine';

/** How long the probe may take before storage is treated as unavailable. */
const PROBE_TIMEOUT_MS = 4000;

/** An engine over one idb-keyval store. */
export function createIdbEngine(store: UseStore = createStore(DB_NAME, STORE_NAME)): StorageEngine {
  return {
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
    keys: async () => (await keys(store)).map(String),
    update: (key, updater) => update(key, updater, store),
  };
}

/** The storage the page will use, and whether it survives a reload. */
export interface OpenedStorage {
  /** The engine to read and write through. */
  engine: StorageEngine;
  /** True when IndexedDB could not be used: work lasts only until the tab closes. */
  inMemoryOnly: boolean;
  /** Why IndexedDB could not be used, when it could not. */
  problem?: string;
}

/** Runs `work`, rejecting after `ms` so a hung IndexedDB open cannot hang the page. */
async function withTimeout(work: Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('IndexedDB did not answer in time')), ms);
  });
  try {
    await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** Writes, reads back and removes a probe value. */
async function probe(engine: StorageEngine): Promise<void> {
  const token = `probe-${String(Date.now())}`;
  await engine.set(PROBE_KEY, token);
  if ((await engine.get(PROBE_KEY)) !== token) throw new Error('IndexedDB did not keep a test value');
  await engine.del(PROBE_KEY);
}

/** The engine used when IndexedDB cannot be: lasts only as long as the tab. */
function tabOnlyEngine(): StorageEngine {
  const session = usableSessionStorage();
  return session ? createSessionEngine(session) : createMemoryEngine();
}

/** Opens IndexedDB, or falls back to a tab-only engine when it is unavailable; never throws. */
export async function openStorage(probeTimeoutMs: number = PROBE_TIMEOUT_MS): Promise<OpenedStorage> {
  if (typeof indexedDB === 'undefined') {
    return { engine: tabOnlyEngine(), inMemoryOnly: true, problem: 'This browser has no IndexedDB.' };
  }
  try {
    const engine = createIdbEngine();
    await withTimeout(probe(engine), probeTimeoutMs);
    return { engine, inMemoryOnly: false };
  } catch (error) {
    return { engine: tabOnlyEngine(), inMemoryOnly: true, problem: String(error) };
  }
}
