/**
 * Functions the benchmark runs INSIDE the page (Playwright serialises them,
 * so each must be self-contained: no imports, no outer variables).
 */

/**
 * A workbook record with `answers` filled answers (built in Node, then
 * stored with `putWorkbook`).
 */
export function largeWorkbook({ title, answers }) {
  const now = new Date().toISOString();
  const cycleId = crypto.randomUUID();
  const sheets = {};
  for (let n = 0; n < answers; n += 1) {
    const sheet = `worksheet-${String(Math.floor(n / 50))}`;
    sheets[sheet] ??= {};
    const value =
      n % 3 === 0
        ? `Answer ${String(n)}: pupils told us they feel they belong when adults greet them by name and notice their strengths.`
        : n % 3 === 1
          ? ['Quiet space at lunchtime', 'Visual timetable in every room', `Item ${String(n)}`]
          : { rating: n % 5, note: `Note ${String(n)}` };
    sheets[sheet][`field-${String(n % 50)}`] = { value, updatedAt: now };
  }
  const id = crypto.randomUUID();
  const workbook = {
    id,
    title,
    setup: { setting: 'mainstream', phase: 'primary', team: [], policyAreas: ['Behaviour'], approaches: [] },
    cycles: [{ id: cycleId, number: 1, startedAt: now, answers: sheets }],
    currentCycleId: cycleId,
    schemaVersion: 1,
    rev: 0,
    createdAt: now,
    updatedAt: now,
  };
  return workbook;
}

/**
 * Stores a workbook record straight into the site's IndexedDB (database
 * "belonging-workbook", store "workbooks", key "workbook:<id>" — see
 * src/storage/keys.ts); resolves with its id.
 */
export async function putWorkbook(workbook) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('belonging-workbook');
    request.onupgradeneeded = () => request.result.createObjectStore('workbooks');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise((resolve, reject) => {
    const tx = db.transaction('workbooks', 'readwrite');
    tx.objectStore('workbooks').put(workbook, `workbook:${workbook.id}`);
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  return workbook.id;
}

/**
 * Installs timers for one keystroke at a time: `window.__bench.arm()` before a
 * key, then `await window.__bench.done` gives the input handlers' time and
 * the time from keydown until the save indicator returns to "Saved".
 */
export function watchKeystrokes() {
  let keyAt = 0;
  let inputAt = 0;
  let handlerMs = 0;
  let sawSaving = false;
  let finish = () => undefined;
  addEventListener('keydown', () => (keyAt = performance.now()), true);
  addEventListener('input', () => (inputAt = performance.now()), true);
  addEventListener('input', () => (handlerMs = performance.now() - inputAt), false);
  const status = document.querySelector('.save-status');
  new MutationObserver(() => {
    if (status.classList.contains('save-status--saving')) sawSaving = true;
    else if (sawSaving && status.classList.contains('save-status--saved')) finish();
  }).observe(status, { attributes: true, attributeFilter: ['class'] });
  window.__bench = {
    done: Promise.resolve(),
    arm() {
      sawSaving = false;
      this.done = new Promise((resolve) => {
        finish = () => resolve({ handlerMs, savedMs: performance.now() - keyAt });
      });
    },
  };
}

/**
 * Runs before the page's own scripts: records when the workbook page's own
 * island (OpenWorkbook) hydrates and
 * when the workbook's title is shown; `window.__opened` resolves with both
 * (milliseconds since navigation start).
 */
export function watchOpening(title) {
  let hydrated = 0;
  window.__opened = new Promise((resolve) => {
    new MutationObserver(() => {
      const island = document.querySelector('astro-island[component-url*="OpenWorkbook"]');
      if (!hydrated && island && !island.hasAttribute('ssr')) hydrated = performance.now();
      const heading = document.querySelector('h1');
      if (hydrated && heading?.textContent === title) resolve({ hydrated, shown: performance.now() });
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}
