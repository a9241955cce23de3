/**
 * The tab-only fallback engine: when IndexedDB cannot be used (some private
 * browsing modes, site storage switched off), work is kept in
 * `sessionStorage`, which lasts until the tab closes. Unlike plain memory it
 * survives moving between pages of the site in the same tab — without it, a
 * workbook created on "My workbooks" would vanish on opening it.
 *
 * Stored shape: `sessionStorage['bw-session:' + key]` → the value as JSON
 * (every stored record is JSON data). Lifecycle: as long as the tab; the UI
 * still says work is lost on close (`inMemoryOnly`). A full sessionStorage
 * throws the browser's QuotaExceededError, which reaches `$saveStatus`.
 */
import type { StorageEngine } from './engine';
import { SESSION_PREFIX } from './keys';

/** The value stored under `name`, or undefined. */
function read(storage: Storage, name: string): unknown {
  const text = storage.getItem(name);
  return text === null ? undefined : (JSON.parse(text) as unknown);
}

/** Writes or removes the value under `name`. */
function write(storage: Storage, name: string, value: unknown): void {
  if (value === undefined) storage.removeItem(name);
  else storage.setItem(name, JSON.stringify(value));
}

/** An engine over `sessionStorage` (or any Web Storage). */
export function createSessionEngine(storage: Storage): StorageEngine {
  return {
    get: async (key) => read(storage, SESSION_PREFIX + key),
    set: async (key, value) => write(storage, SESSION_PREFIX + key, value),
    del: async (key) => storage.removeItem(SESSION_PREFIX + key),
    keys: async () =>
      Array.from({ length: storage.length }, (_, index) => storage.key(index))
        .filter((name): name is string => name?.startsWith(SESSION_PREFIX) === true)
        .map((name) => name.slice(SESSION_PREFIX.length)),
    // Web Storage is synchronous, so read-modify-write cannot interleave within a tab.
    update: async (key, updater) => write(storage, SESSION_PREFIX + key, updater(read(storage, SESSION_PREFIX + key))),
  };
}

/** sessionStorage when it exists and accepts a write; else undefined. */
export function usableSessionStorage(): Storage | undefined {
  try {
    const storage = globalThis.sessionStorage;
    if (!storage) return undefined;
    storage.setItem(`${SESSION_PREFIX}probe`, '1');
    storage.removeItem(`${SESSION_PREFIX}probe`);
    return storage;
  } catch {
    return undefined;
  }
}
