#!/usr/bin/env node
/**
 * `npm run bench`: every measure of the built site in one run, printed as
 * tables and written to bench/results.json (git-ignored).
 *
 *   node bench/all.mjs                 builds into ./dist-bench (own cache
 *                                      node_modules/.astro-bench), timing it,
 *                                      measures that build, then deletes both
 *   node bench/all.mjs --dir dist      measures an existing build instead (no build time)
 *   node bench/all.mjs --keep          keeps ./dist-bench afterwards
 *   node bench/all.mjs --no-lighthouse skips Lighthouse (the slowest part)
 *
 * Measures: build time (astro build + service worker); gzipped HTML/CSS/JS of
 * every page against budgets.json (scripts/check-size.mjs --json); Lighthouse
 * performance, accessibility, best practices and SEO (mobile) for four pages
 * (bench/lighthouse.mjs); keystroke and open times on a 1,000-answer workbook
 * (bench/run.mjs); PDF export time and size (bench/pdf.mjs). A step that fails
 * is reported as failed and the others still run.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, root, startServer } from './lib.mjs';
import { lighthousePages } from './lighthouse.mjs';
import { printSummary } from './report.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
  },
});
const BENCH_DIR = 'dist-bench';
const BENCH_CACHE = 'node_modules/.astro-bench';
const dir = values.dir ?? BENCH_DIR;
const LIGHTHOUSE_PAGES = ['/', '/guide/reflect/', '/worksheets/action-plan/', '/workbooks/'];

/** Runs a command in the project root; resolves with its exit code, stdout and time taken. */
function run(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr, ms: Math.round(performance.now() - started) }));
  });
}

/** Runs a bench script with --json and parses the last line it prints. */
async function runJson(script, args = []) {
  const result = await run(process.execPath, [script, '--dir', dir, '--json', ...args]);
  const last = result.stdout.trim().split('\n').at(-1) ?? '';
  if (result.code !== 0 || !last.startsWith('{')) throw new Error(`${script} failed (exit ${result.code}): ${result.stderr.trim().slice(-500)}`);
  return JSON.parse(last);
}

/** Builds the site into BENCH_DIR with its own cache, cold; resolves with the times taken. */
async function build() {
  await rm(join(root, BENCH_DIR), { recursive: true, force: true });
  await rm(join(root, BENCH_CACHE), { recursive: true, force: true });
  const env = { OUT_DIR: `./${BENCH_DIR}`, ASTRO_CACHE_DIR: `./${BENCH_CACHE}` };
  const astro = await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], env);
  if (astro.code !== 0) throw new Error(`astro build failed: ${astro.stderr.trim().slice(-800)}`);
  const sw = await run(process.execPath, ['scripts/build-sw.mjs'], env);
  if (sw.code !== 0) throw new Error(`build-sw failed: ${sw.stderr.trim().slice(-800)}`);
  return { astroBuildMs: astro.ms, serviceWorkerMs: sw.ms, totalMs: astro.ms + sw.ms, cold: true };
}

/** Per-page gzipped sizes from scripts/check-size.mjs (exit 1 only means a budget is broken). */
async function sizes() {
  const result = await run(process.execPath, ['scripts/check-size.mjs', '--dir', dir, '--json']);
  const start = result.stdout.indexOf('[');
  if (start === -1) throw new Error(`check-size failed: ${result.stderr.trim().slice(-500)}`);
  return JSON.parse(result.stdout.slice(start));
}

/** Serves the build on a free port and runs Lighthouse on the chosen pages. */
async function lighthouseStep() {
  const port = await freePort();
  const server = await startServer(dir, port);
  try {
    return await lighthousePages(`http://127.0.0.1:${port}/`, LIGHTHOUSE_PAGES);
  } finally {
    server.kill();
  }
}

/** Runs one step, timing it; a failure is recorded rather than thrown. */
async function step(name, task) {
  console.error(`bench: ${name}…`);
  const started = performance.now();
  try {
    const value = await task();
    console.error(`bench: ${name} done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    return value;
  } catch (error) {
    console.error(`bench: ${name} FAILED: ${error instanceof Error ? error.message : String(error)}`);
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

const results = {
  measuredAt: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version },
  dir,
};
try {
  if (values.dir === undefined) results.build = await step('build (cold, into ./dist-bench)', build);
  else if (!existsSync(join(root, dir, 'index.html'))) throw new Error(`${dir}/ has no index.html: build it first, or run without --dir.`);
  results.sizes = await step('page sizes', sizes);
  if (!values['no-lighthouse']) results.lighthouse = await step('Lighthouse (4 pages, mobile)', lighthouseStep);
  results.editing = await step('keystrokes and opening (1,000 answers)', () => runJson('bench/run.mjs'));
  results.pdf = await step('PDF export', () => runJson('bench/pdf.mjs'));
  await writeFile(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
  printSummary(results);
  console.log('Wrote bench/results.json');
} finally {
  if (values.dir === undefined && !values.keep) {
    await rm(join(root, BENCH_DIR), { recursive: true, force: true });
    await rm(join(root, BENCH_CACHE), { recursive: true, force: true });
  }
}
