import { describe, expect, it } from 'vitest';
import { createSessionEngine, SESSION_PREFIX } from '../../../src/storage';

/** A Web Storage double backed by a Map. */
function fakeStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    key: (index: number) => [...data.keys()][index] ?? null,
    getItem: (name: string) => data.get(name) ?? null,
    setItem: (name: string, value: string) => void data.set(name, value),
    removeItem: (name: string) => void data.delete(name),
    clear: () => data.clear(),
  };
}

describe('the tab-only session engine', () => {
  it('stores, lists, updates and removes values under its own prefix', async () => {
    const storage = fakeStorage();
    storage.setItem('bw:reading-prefs', '{}');
    const engine = createSessionEngine(storage);
    await engine.set('workbook:a', { title: 'A' });
    await engine.update('workbook:a', (old) => ({ ...(old as object), rev: 1 }));
    expect(await engine.get('workbook:a')).toEqual({ title: 'A', rev: 1 });
    expect(await engine.keys()).toEqual(['workbook:a']);
    expect(storage.getItem(`${SESSION_PREFIX}workbook:a`)).toBe('{"title":"A","rev":1}');
    await engine.del('workbook:a');
    expect(await engine.get('workbook:a')).toBeUndefined();
  });

  it('writes nothing when the updater throws', async () => {
    const engine = createSessionEngine(fakeStorage());
    await engine.set('k', 'kept');
    await expect(engine.update('k', () => { throw new Error('no'); })).rejects.toThrow('no');
    expect(await engine.get('k')).toBe('kept');
  });
});
