/**
 * The storage engine: the five operations the app needs from a key–value
 * store. The browser uses IndexedDB through idb-keyval (`idb-engine.ts`); unit
 * tests and browsers without working IndexedDB use `createMemoryEngine`.
 *
 * Stored shape: whatever callers put (structured-cloneable values), by string
 * key. Lifecycle: the memory engine lives as long as the page; nothing in it
 * survives a reload, which the UI must say (`$storageHealth.inMemoryOnly`).
 */

/** A key–value store with an atomic read–modify–write. */
export interface StorageEngine {
  /** The value at `key`, or undefined. */
  get(key: string): Promise<unknown>;
  /** Stores `value` at `key`. */
  set(key: string, value: unknown): Promise<void>;
  /** Removes `key` (no error if absent). */
  del(key: string): Promise<void>;
  /** Every key in the store. */
  keys(): Promise<string[]>;
  /**
   * Reads `key`, passes the value to `updater` and stores what it returns, as
   * one atomic step. If `updater` throws, nothing is written and the promise
   * rejects with that error.
   */
  update(key: string, updater: (old: unknown) => unknown): Promise<void>;
}

/** A copy that behaves like IndexedDB's structured clone. */
function clone<T>(value: T): T {
  return value === undefined ? value : structuredClone(value);
}

/** An engine kept in memory: for unit tests and as a fallback when IndexedDB is unavailable. */
export function createMemoryEngine(initial: Iterable<[string, unknown]> = []): StorageEngine {
  const data = new Map<string, unknown>(initial);
  return {
    get: async (key) => clone(data.get(key)),
    set: async (key, value) => {
      data.set(key, clone(value));
    },
    del: async (key) => {
      data.delete(key);
    },
    keys: async () => [...data.keys()],
    update: async (key, updater) => {
      data.set(key, clone(updater(clone(data.get(key)))));
    },
  };
}
