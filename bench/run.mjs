#!/usr/bin/env node
/**
 * Editing and opening speed, measured in headless Chromium against the BUILT
 * site (build first: `npx astro build`).
 *
 *   node bench/run.mjs [--dir dist] [--keys 50] [--opens 7] [--json]
 *
 * (a) Keystrokes: on a workbook with 1,000 filled answers, types into
 *     "School name (optional)" one key at a time and measures, per key, the
 *     time spent in input handlers (a window capture listener runs first, a
 *     window bubble listener last, so the gap covers the island's handler, the
 *     store update, the autosave listener and Preact's re-render), and the
 *     time from the key press until the save indicator says "Saved" again.
 * (b) Opening: seeds the same workbook into IndexedDB through the page, then
 *     loads /workbook/?id=… and measures from the island hydrating until the
 *     workbook's title is on screen (read + restore + render), and from
 *     navigation start.
 * Prints a table and writes bench/results.json (with --json: prints the
 * results as one line of JSON instead, for bench/all.mjs). Uses
 * the system Chromium (scripts/system-tools.mjs) and serves the build with
 * scripts/serve-static.mjs on a free port, stopped at the end.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, freePort, startServer } from './lib.mjs';
import { largeWorkbook, putWorkbook, watchKeystrokes, watchOpening } from './page-scripts.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    keys: { type: 'string', default: '50' },
    opens: { type: 'string', default: '7' },
    json: { type: 'boolean', default: false },
  },
});
const TARGETS = { handlerMs: 16, openMs: 200 };

/** Median, 95th percentile and maximum of a list of numbers. */
function stats(list) {
  const sorted = [...list].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  const round = (n) => Math.round(n * 10) / 10;
  return { median: round(at(0.5)), p95: round(at(0.95)), max: round(sorted.at(-1) ?? NaN), n: sorted.length };
}

/** Types `count` keys one at a time, each waiting for its save; returns per-key timings. */
async function benchKeystrokes(page, base, id, count) {
  await page.goto(`${base}workbook/?id=${id}`);
  const field = page.getByLabel('School name (optional)');
  await field.waitFor();
  await page.evaluate(watchKeystrokes);
  const handler = [];
  const saved = [];
  for (let i = 0; i < count; i += 1) {
    await page.evaluate(() => window.__bench.arm());
    await field.press(String.fromCharCode(97 + (i % 26)));
    const result = await page.evaluate(() => window.__bench.done);
    handler.push(result.handlerMs);
    saved.push(result.savedMs);
  }
  return { handler, saved };
}

/** Opens the seeded workbook once in a new page; resolves with its timings. */
async function openOnce(context, url, title) {
  const page = await context.newPage();
  try {
    await page.addInitScript(watchOpening, title);
    await page.goto(url);
    return await page.evaluate(() =>
      Promise.race([window.__opened, new Promise((_, reject) => setTimeout(() => reject(new Error('The workbook did not open within 10 s')), 10_000))]),
    );
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** Opens the seeded workbook `count` times (retrying a run whose page is lost once); returns timings. */
async function benchOpening(context, base, id, title, count) {
  const fromHydration = [];
  const fromNavigation = [];
  for (let i = 0; i < count; i += 1) {
    const url = `${base}workbook/?id=${id}`;
    const result = await openOnce(context, url, title).catch(() => openOnce(context, url, title));
    fromHydration.push(result.shown - result.hydrated);
    fromNavigation.push(result.shown);
  }
  return { fromHydration, fromNavigation };
}

const port = await freePort();
const server = await startServer(values.dir, port);
const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
try {
  const base = `http://127.0.0.1:${port}/`;
  const context = await browser.newContext();
  const setup = await context.newPage();
  await setup.goto(`${base}workbooks/`);
  const title = 'Benchmark workbook';
  const id = await setup.evaluate(putWorkbook, largeWorkbook({ title, answers: 1000 }));
  await setup.close();

  const opening = await benchOpening(context, base, id, title, Number(values.opens));
  const keys = await benchKeystrokes(await context.newPage(), base, id, Number(values.keys));
  const results = {
    measuredAt: new Date().toISOString(),
    browser: `Chromium ${browser.version()} (headless)`,
    workbook: { answers: 1000 },
    keystrokeHandlerMs: stats(keys.handler),
    keystrokeToSavedMs: stats(keys.saved),
    openMs: stats(opening.fromHydration),
    navigationToWorkbookMs: stats(opening.fromNavigation),
    targets: TARGETS,
  };
  if (values.json) console.log(JSON.stringify(results));
  else {
    const pass = (value, target) => (value < target ? 'yes' : 'NO');
    console.table({
      'keystroke handler (ms)': { ...results.keystrokeHandlerMs, target: `< ${TARGETS.handlerMs}`, met: pass(results.keystrokeHandlerMs.p95, TARGETS.handlerMs) },
      'keystroke → saved (ms)': { ...results.keystrokeToSavedMs, target: '300 ms debounce + write', met: '' },
      'open 1,000 answers (ms)': { ...results.openMs, target: `< ${TARGETS.openMs}`, met: pass(results.openMs.median, TARGETS.openMs) },
      'navigation → workbook (ms)': { ...results.navigationToWorkbookMs, target: '', met: '' },
    });
    await writeFile(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
    console.log('Wrote bench/results.json');
  }
  await context.close();
} finally {
  await browser.close();
  server.kill();
}
