/**
 * Helpers for the fault-injection browser tests: collect uncaught page
 * errors, read and write the IndexedDB database directly (with the key names
 * from src/storage/keys.ts, as a person's browser holds them), make
 * `IDBObjectStore.put` fail as a full disk does, and type for a while.
 *
 * The direct reads open the database without a version, so they never create
 * or upgrade it: call them only after the app has opened it once.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { DB_NAME, STORE_NAME, workbookKey } from '../../src/storage/keys';

/** Collects every uncaught error thrown in a page; the test expects the list to stay empty. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.name}: ${error.message}`));
  return errors;
}

/** One value stored under `key` in the app's IndexedDB store, read in the page. */
export async function readStored(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    async ({ db, store, key: wanted }) => {
      const opening = indexedDB.open(db);
      const database = await new Promise<IDBDatabase>((done, fail) => {
        opening.onsuccess = () => done(opening.result);
        opening.onerror = () => fail(opening.error ?? new Error('open failed'));
      });
      try {
        const request = database.transaction(store, 'readonly').objectStore(store).get(wanted);
        return await new Promise<unknown>((done, fail) => {
          request.onsuccess = () => done(request.result);
          request.onerror = () => fail(request.error ?? new Error('get failed'));
        });
      } finally {
        database.close();
      }
    },
    { db: DB_NAME, store: STORE_NAME, key },
  );
}

/** Every key in the app's IndexedDB store. */
export async function storedKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    async ({ db, store }) => {
      const opening = indexedDB.open(db);
      const database = await new Promise<IDBDatabase>((done, fail) => {
        opening.onsuccess = () => done(opening.result);
        opening.onerror = () => fail(opening.error ?? new Error('open failed'));
      });
      try {
        const request = database.transaction(store, 'readonly').objectStore(store).getAllKeys();
        return await new Promise<string[]>((done, fail) => {
          request.onsuccess = () => done(request.result.map(String));
          request.onerror = () => fail(request.error ?? new Error('getAllKeys failed'));
        });
      } finally {
        database.close();
      }
    },
    { db: DB_NAME, store: STORE_NAME },
  );
}

/** Writes `value` under `key` straight into the app's IndexedDB store (as a hand edit would). */
export async function writeStored(page: Page, key: string, value: unknown): Promise<void> {
  await page.evaluate(
    async ({ db, store, key: target, value: record }) => {
      const opening = indexedDB.open(db);
      const database = await new Promise<IDBDatabase>((done, fail) => {
        opening.onsuccess = () => done(opening.result);
        opening.onerror = () => fail(opening.error ?? new Error('open failed'));
      });
      try {
        const transaction = database.transaction(store, 'readwrite');
        transaction.objectStore(store).put(record, target);
        await new Promise<void>((done, fail) => {
          transaction.oncomplete = () => done();
          transaction.onerror = () => fail(transaction.error ?? new Error('put failed'));
        });
      } finally {
        database.close();
      }
    },
    { db: DB_NAME, store: STORE_NAME, key, value },
  );
}

/** A stored workbook record, loosely typed for assertions. */
export interface StoredWorkbook {
  id: string;
  title: string;
  setup: { schoolName?: string };
  cycles: { id: string; answers: Record<string, Record<string, { value: unknown }>> }[];
  currentCycleId: string;
}

/** The stored record of one workbook (undefined when there is none). */
export async function storedWorkbook(page: Page, id: string): Promise<StoredWorkbook | undefined> {
  return (await readStored(page, workbookKey(id))) as StoredWorkbook | undefined;
}

/** The value of one answer in the current cycle of the stored record. */
export async function storedAnswer(page: Page, id: string, sheet: string, field: string): Promise<unknown> {
  const record = await storedWorkbook(page, id);
  const cycle = record?.cycles.find((candidate) => candidate.id === record.currentCycleId);
  return cycle?.answers[sheet]?.[field]?.value;
}

/** Waits until IndexedDB holds exactly `expected` for one answer (saves are asynchronous). */
export async function expectStoredAnswer(page: Page, id: string, sheet: string, field: string, expected: string): Promise<void> {
  await expect.poll(() => storedAnswer(page, id, sheet, field), { timeout: 10_000 }).toBe(expected);
}

/**
 * Makes every `IDBObjectStore.put` throw a QuotaExceededError once one
 * workbook record has been written successfully, until the page sets
 * `window.__bwStorageFull = false` (see `freeStorage`). Run before the page loads.
 */
export async function fillStorageAfterFirstSave(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const flags = window as unknown as { __bwStorageFull?: boolean };
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (flags.__bwStorageFull === true) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      const request = put.call(this, value, key);
      if (typeof key === 'string' && key.startsWith('workbook:') && flags.__bwStorageFull === undefined) {
        request.addEventListener('success', () => {
          flags.__bwStorageFull ??= true;
        });
      }
      return request;
    };
  });
}

/** Lets `IDBObjectStore.put` work again after `fillStorageAfterFirstSave`. */
export async function freeStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __bwStorageFull?: boolean }).__bwStorageFull = false;
  });
}

/**
 * Types short words into a box, with small pauses, until `ms` has passed (or
 * 400 words); returns everything typed, so the test knows what must be kept.
 */
export async function typeFor(box: Locator, prefix: string, ms: number): Promise<string> {
  const page = box.page();
  const end = Date.now() + ms;
  let typed = '';
  await box.focus();
  for (let n = 0; Date.now() < end && n < 400; n += 1) {
    const word = `${prefix}${String(n)} `;
    await page.keyboard.type(word);
    typed += word;
    await page.waitForTimeout(40 + (n % 5) * 30);
  }
  return typed;
}
