#!/usr/bin/env node
/**
 * PDF export speed and size, in headless Chromium against the BUILT site
 * (build first: `npx astro build`).
 *
 *   node bench/pdf.mjs [--dir dist] [--runs 3] [--json]
 *
 * Seeds a typical workbook (12 actions) and a 200-action one into IndexedDB
 * through the page, then on the workbook page times "Download the plan
 * (PDF)" from click to download (the first run includes fetching the fonts
 * and the PDF code; later runs are warm). Reports the PDF sizes and the
 * gzipped size of the lazily loaded PDF chunk. Targets: typical < 1 s,
 * 200 actions < 3 s, typical PDF < 400 KB.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, freePort, root, startServer } from './lib.mjs';
import { putWorkbook } from './page-scripts.mjs';

const { values } = parseArgs({
  options: { dir: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '3' }, json: { type: 'boolean', default: false } },
});
const TARGETS = { typicalMs: 1000, largeMs: 3000, typicalBytes: 400 * 1024 };

/** A workbook with `count` actions, team names, goals and an indicator. */
function workbook(title, count) {
  const now = '2025-01-10T10:00:00.000Z';
  const answer = (value) => ({ value, updatedAt: now });
  const actions = Array.from({ length: count }, (_, i) => ({ id: `a${i}`, cells: { action: `Action ${i + 1}: open classrooms from 8:40 for quiet activities`, lead: 'Year 4 teacher', involved: 'Teaching assistants, office manager', start: '2025-01-06', due: '2025-02-14', resources: '15 minutes of teaching assistant time each morning', indicator: 'Fewer calm-corner visits before 9:15', status: 'on-track' } }));
  return {
    id: crypto.randomUUID(), title, schemaVersion: 1, rev: 0, createdAt: now, updatedAt: now, currentCycleId: 'c1',
    setup: { schoolName: 'Ysgol y Dŵr', setting: 'mainstream', phase: 'primary', team: [{ id: 'm1', name: 'Sam Jones', role: 'SENCo' }], policyAreas: ['Behaviour'], approaches: ['inclusion-as-belonging'], cycleStart: '2025-01-06', cycleEnd: '2025-07-18', reviewDate: '2025-04-01' },
    cycles: [{ id: 'c1', number: 1, startedAt: now, answers: {
      'what-belonging-means': { 'our-definition': answer('Every pupil feels accepted, included and supported. Żółć, ŵ, ș, ė, ğ, Καλημέρα, Привіт.') },
      'choosing-our-focus': { candidates: answer([{ id: 'p1', text: 'A calmer start to the day' }]), priorities: answer(['p1']) },
      'action-plan': { actions: answer(actions) },
      'how-well-know': { indicators: answer([{ id: 'i1', name: 'Pupils who feel they belong', kind: 'percent', source: 'Pupil pulse', baseline: 62, target: 75 }]) },
      results: { results: answer({ i1: { followUps: [{ id: 'f1', date: '2025-03-20', value: 68 }], interpretation: 'Rising.' } }) },
    } }],
  };
}

/** Times click → download of the plan, `runs` times; returns times and the last file's size. */
async function timeExport(page, base, record, runs) {
  await page.goto(`${base}workbooks/`);
  await page.evaluate(putWorkbook, record);
  await page.goto(`${base}workbook/?id=${record.id}`);
  const button = page.getByRole('button', { name: 'Download the plan (PDF)' });
  await button.waitFor();
  await page.getByRole('heading', { level: 1, name: record.title }).waitFor();
  const times = [];
  let size = 0;
  for (let run = 0; run < runs; run += 1) {
    const start = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    times.push(Date.now() - start);
    size = (await readFile(await download.path())).length;
  }
  return { times, size };
}

/** The gzipped size of the lazily loaded PDF chunk (the largest JS file that is the builder). */
async function chunkSize() {
  const dir = join(root, values.dir, '_astro');
  const files = (await readdir(dir)).filter((name) => /^pdf\..*\.js$/.test(name));
  let total = 0;
  for (const file of files) total += gzipSync(await readFile(join(dir, file)), { level: 9 }).length;
  return { files, gzip: total };
}

/** Prints the results as text, or as one line of JSON with --json. */
function report(results) {
  if (values.json) {
    console.log(JSON.stringify(results));
    return;
  }
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  const { typical, large, chunk } = results;
  console.log('PDF export (headless Chromium, click → download)');
  console.log(`  typical plan (12 actions): first ${typical.firstMs} ms, warm ${typical.warmMs} ms (target < ${TARGETS.typicalMs} ms); PDF ${kb(typical.bytes)} (target < ${kb(TARGETS.typicalBytes)})`);
  console.log(`  200-action plan:           first ${large.firstMs} ms, warm ${large.warmMs} ms (target < ${TARGETS.largeMs} ms); PDF ${kb(large.bytes)}`);
  console.log(`  lazily loaded PDF chunk:   ${kb(chunk.gzip)} gzipped (${chunk.files.join(', ')})`);
}

const port = await freePort();
const server = await startServer(values.dir, port);
try {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  const base = `http://127.0.0.1:${port}/`;
  const runs = Number(values.runs);
  const typical = await timeExport(page, base, workbook('Typical plan', 12), runs);
  const large = await timeExport(page, base, workbook('Large plan', 200), runs);
  await browser.close();
  const warm = (times) => Math.min(...times.slice(1).concat(times[0]));
  const summary = (run) => ({ firstMs: run.times[0], warmMs: warm(run.times), bytes: run.size, runs: run.times });
  report({ typical: summary(typical), large: summary(large), chunk: await chunkSize(), targets: TARGETS });
} finally {
  server.kill();
}
