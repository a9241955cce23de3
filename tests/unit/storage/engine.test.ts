import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createStore } from 'idb-keyval';
import { createIdbEngine, createMemoryEngine, openStorage, type StorageEngine } from '../../../src/storage';

let dbCount = 0;

/** Both engines, each fresh. */
const engines: Array<[string, () => StorageEngine]> = [
  ['memory', () => createMemoryEngine()],
  ['idb-keyval', () => createIdbEngine(createStore(`test-db-${String((dbCount += 1))}`, 'workbooks'))],
];

describe.each(engines)('the %s engine', (_name, make) => {
  it('gets what was set, as a copy', async () => {
    const engine = make();
    const value = { a: [1, 2] };
    await engine.set('k', value);
    value.a.push(3);
    expect(await engine.get('k')).toEqual({ a: [1, 2] });
  });

  it('lists and deletes keys', async () => {
    const engine = make();
    await engine.set('workbook:a', 1);
    await engine.set('workbook:b', 2);
    await engine.del('workbook:a');
    expect(await engine.keys()).toEqual(['workbook:b']);
    expect(await engine.get('workbook:a')).toBeUndefined();
  });

  it('updates atomically: concurrent updates all count', async () => {
    const engine = make();
    await engine.set('n', 0);
    await Promise.all(Array.from({ length: 10 }, () => engine.update('n', (old) => (old as number) + 1)));
    expect(await engine.get('n')).toBe(10);
  });

  it('writes nothing when the updater throws', async () => {
    const engine = make();
    await engine.set('k', 'kept');
    await expect(engine.update('k', () => { throw new Error('no'); })).rejects.toThrow('no');
    expect(await engine.get('k')).toBe('kept');
  });
});

describe('openStorage', () => {
  it('uses IndexedDB when it works', async () => {
    const opened = await openStorage();
    expect(opened.inMemoryOnly).toBe(false);
  });

  it('falls back to memory and says so when IndexedDB is missing', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error -- simulating a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      const opened = await openStorage();
      expect(opened).toMatchObject({ inMemoryOnly: true, problem: 'This browser has no IndexedDB.' });
      await opened.engine.set('k', 1);
      expect(await opened.engine.get('k')).toBe(1);
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('falls back to memory when opening IndexedDB fails (private browsing)', async () => {
    const saved = globalThis.indexedDB;
    globalThis.indexedDB = { open: () => { throw new DOMException('blocked', 'InvalidStateError'); } } as unknown as IDBFactory;
    try {
      expect(await openStorage()).toMatchObject({ inMemoryOnly: true });
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});
