import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertAt, shortText, swapIds, withoutIndex } from '../../../src/fields/list/reorder';
import { newId as newRowId } from '../../../src/lib/ids';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('newRowId', () => {
  it('uses crypto.randomUUID when there is one', () => {
    expect(newRowId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('falls back to a random id outside secure contexts', () => {
    vi.stubGlobal('crypto', { getRandomValues: (array: Uint32Array) => array.fill(123456789) });
    expect(newRowId()).toMatch(/^r-[0-9a-z]+-[0-9a-z]{14}$/);
  });

  it('still makes distinct ids with no crypto at all', () => {
    vi.stubGlobal('crypto', undefined);
    const ids = new Set(Array.from({ length: 200 }, () => newRowId()));
    expect(ids.size).toBe(200);
  });
});

describe('row order helpers', () => {
  it('swaps two rows by id and ignores a missing one', () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(swapIds(rows, 'c', 'a').map((row) => row.id)).toEqual(['c', 'b', 'a']);
    expect(swapIds(rows, 'c', 'x').map((row) => row.id)).toEqual(['a', 'b', 'c']);
  });

  it('removes and puts back at the old place, or at the end when the list got shorter', () => {
    const items = ['a', 'b', 'c'];
    expect(withoutIndex(items, 1)).toEqual(['a', 'c']);
    expect(insertAt(['a', 'c'], 1, 'b')).toEqual(items);
    expect(insertAt(['a'], 5, 'b')).toEqual(['a', 'b']);
    expect(items).toEqual(['a', 'b', 'c']);
  });

  it('shortens long text for messages', () => {
    expect(shortText('  Two   words ')).toBe('Two words');
    expect(shortText('x'.repeat(80), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
