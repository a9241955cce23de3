import { describe, expect, it } from 'vitest';
import { checkPersisted, estimateStorage, requestPersistence, withLock } from '../../../src/storage';

describe('durable storage', () => {
  it('reports granted, not granted and unsupported', async () => {
    expect(await requestPersistence({ persist: async () => true })).toBe('granted');
    expect(await requestPersistence({ persist: async () => false })).toBe('not-granted');
    expect(await requestPersistence({})).toBe('unsupported');
    expect(await checkPersisted(undefined)).toBe('unsupported');
  });

  it('never throws when the browser does', async () => {
    expect(await checkPersisted({ persisted: () => Promise.reject(new Error('no')) })).toBe('not-granted');
    expect(await estimateStorage({ estimate: () => Promise.reject(new Error('no')) })).toEqual({ supported: false });
  });

  it('reports bytes used and the quota', async () => {
    expect(await estimateStorage({ estimate: async () => ({ usage: 1200, quota: 5_000_000 }) })).toEqual({
      supported: true,
      usage: 1200,
      quota: 5_000_000,
    });
  });
});

describe('withLock', () => {
  it('runs the work without Web Locks', async () => {
    expect(await withLock('x', async () => 7, undefined)).toBe(7);
  });

  it('runs one holder at a time with Web Locks', async () => {
    const order: string[] = [];
    const slow = withLock('same', async () => {
      order.push('a-start');
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push('a-end');
    });
    const fast = withLock('same', async () => {
      order.push('b');
    });
    await Promise.all([slow, fast]);
    expect(order).toEqual(['a-start', 'a-end', 'b']);
  });
});
