/**
 * Web Locks around a workbook's read–merge–write, so two tabs never interleave
 * their saves. IndexedDB's own transaction already makes each `update()`
 * atomic; the lock also covers the steps around it. Where Web Locks are
 * missing (older Safari), the work simply runs without one.
 */

/** The part of `navigator.locks` we use. */
export interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** The browser's lock manager, if there is one. */
function defaultLocks(): LockManagerLike | undefined {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  return typeof locks?.request === 'function' ? locks : undefined;
}

/** Runs `work` holding the exclusive lock `name` when Web Locks exist, else just runs it. */
export async function withLock<T>(
  name: string,
  work: () => Promise<T>,
  locks: LockManagerLike | undefined = defaultLocks(),
): Promise<T> {
  if (!locks) return work();
  return locks.request(name, work);
}
