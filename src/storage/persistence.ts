/**
 * Durable storage: asks the browser to keep our data (`navigator.storage`
 * persist / persisted / estimate) and reports plain results. None of these
 * functions throws: an old browser, a refusal or an error becomes a value the
 * UI can show.
 */

/** Whether the browser promised to keep the data. */
export type PersistState = 'granted' | 'not-granted' | 'unsupported';

/** Space used and available, when the browser says. */
export type StorageEstimateResult =
  | { supported: true; usage: number; quota: number }
  | { supported: false };

/** The parts of `navigator.storage` we use; all optional because browsers differ. */
export interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

/** The browser's storage manager, if there is one. */
function defaultManager(): StorageManagerLike | undefined {
  return (globalThis.navigator as { storage?: StorageManagerLike } | undefined)?.storage;
}

/** Calls a boolean storage method and turns the answer into a `PersistState`. */
async function ask(call: (() => Promise<boolean>) | undefined): Promise<PersistState> {
  if (!call) return 'unsupported';
  try {
    return (await call()) ? 'granted' : 'not-granted';
  } catch {
    return 'not-granted';
  }
}

/** Asks the browser to keep our data even when space runs low (ask after the first save). */
export function requestPersistence(manager: StorageManagerLike | undefined = defaultManager()): Promise<PersistState> {
  return ask(manager?.persist?.bind(manager));
}

/** Whether the browser already promised to keep our data. */
export function checkPersisted(manager: StorageManagerLike | undefined = defaultManager()): Promise<PersistState> {
  return ask(manager?.persisted?.bind(manager));
}

/** Bytes used and the quota, when the browser will say. */
export async function estimateStorage(
  manager: StorageManagerLike | undefined = defaultManager(),
): Promise<StorageEstimateResult> {
  if (!manager?.estimate) return { supported: false };
  try {
    const { usage, quota } = await manager.estimate();
    if (typeof usage !== 'number' || typeof quota !== 'number') return { supported: false };
    return { supported: true, usage, quota };
  } catch {
    return { supported: false };
  }
}
