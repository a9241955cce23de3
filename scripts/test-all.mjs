#!/usr/bin/env node
/**
 * `npm test`: every check, in the order that fails fastest.
 * types → lint → unit → build (root and /workbook/ sub-path) → size budgets → end-to-end and accessibility.
 * Stops at the first failure and says which step failed.
 */
import { spawnSync } from 'node:child_process';
import { delimiter, resolve } from 'node:path';
import { NO_CHROMIUM, findChromium } from './system-tools.mjs';

const bin = resolve('node_modules/.bin');
const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1' };
const chromium = findChromium();

const steps = [
  { name: 'types', command: 'astro check' },
  { name: 'lint', command: 'eslint .' },
  { name: 'unit tests', command: 'vitest run' },
  { name: 'build', command: 'astro build && node scripts/build-sw.mjs' },
  { name: 'build under /workbook/', command: 'astro build && node scripts/build-sw.mjs', env: { BASE_PATH: '/workbook/', OUT_DIR: './dist-subpath' } },
  { name: 'size budgets', command: 'node scripts/check-size.mjs' },
  { name: 'end-to-end and accessibility tests', command: 'playwright test', needsBrowser: true },
];

const timings = [];
for (const step of steps) {
  if (step.needsBrowser && !chromium) {
    console.error(`\nCannot run "${step.name}": ${NO_CHROMIUM}`);
    process.exit(1);
  }
  console.log(`\n▶ ${step.name}: ${step.command}`);
  const started = Date.now();
  const run = spawnSync(step.command, { shell: true, stdio: 'inherit', env: { ...env, ...step.env } });
  timings.push(`${step.name} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (run.status !== 0) {
    console.error(`\n✖ ${step.name} failed (exit ${run.status}). Earlier steps passed: ${timings.slice(0, -1).join(', ') || 'none'}.`);
    process.exit(run.status ?? 1);
  }
}
console.log(`\n✔ All checks passed: ${timings.join(', ')}.`);
