/**
 * The types no real worksheet uses on its own (checklist, rating, a
 * standalone status) are tested on the every-field fixture worksheet, built
 * once into a temporary copy of the site and served on port 4402. Building
 * it also proves that adding a worksheet is one content file.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { createWorkbook } from './workbooks-support';
import { openWorksheet, pressOn, reloadWhenSaved, typeDate } from './worksheets-support';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE_PORT = 4402;
const FIXTURE_URL = `http://127.0.0.1:${FIXTURE_PORT}`;

/** Copies the site with the fixture worksheet added, builds it, and returns the temporary folder. */
function buildFixtureSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bw-every-field-'));
  for (const part of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  copyFileSync(join(ROOT, 'tests/fixtures/worksheets/every-field.mdx'), join(dir, 'content/worksheets/every-field.mdx'));
  // Astro keeps its content cache in node_modules/.astro: point this copy at its own, so the real site's is untouched.
  renameSync(join(dir, 'astro.config.mjs'), join(dir, 'astro.config.site.mjs'));
  writeFileSync(join(dir, 'astro.config.mjs'), "import site from './astro.config.site.mjs';\nexport default { ...site, cacheDir: './.astro-cache' };\n");
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  delete env['BASE_PATH'];
  delete env['OUT_DIR'];
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, encoding: 'utf8', env, timeout: 150_000 });
  if (build.status !== 0) throw new Error(`The fixture site did not build:\n${build.stdout}\n${build.stderr}`);
  return dir;
}

/** Starts the test server on the fixture build and waits until it answers. */
async function serveFixture(dir: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, [join(ROOT, 'scripts/serve-static.mjs'), '--dir', join(dir, 'dist'), '--base', '/', '--port', String(FIXTURE_PORT)], { stdio: 'ignore' });
  const until = Date.now() + 15_000;
  while (Date.now() < until) {
    const ok = await fetch(`${FIXTURE_URL}/worksheets/every-field/`).then((response) => response.ok, () => false);
    if (ok) return server;
    await new Promise((done) => setTimeout(done, 200));
  }
  server.kill();
  throw new Error(`The fixture server did not start on port ${FIXTURE_PORT}.`);
}

test.describe('the every-field fixture worksheet', () => {
  // One build and one server per run: these tests share them, in one worker.
  test.describe.configure({ mode: 'serial' });
  test.use({ baseURL: FIXTURE_URL });
  let siteDir = '';
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    siteDir = buildFixtureSite();
    server = await serveFixture(siteDir);
  });

  test.afterAll(() => {
    server?.kill();
    if (siteDir) rmSync(siteDir, { recursive: true, force: true });
  });

  test('draws all fourteen field types', async ({ page }) => {
    const id = await createWorkbook(page, 'Every field');
    await openWorksheet(page, 'every-field', id);
    const types = ['short-text', 'long-text', 'choice', 'multi-choice', 'checklist', 'date', 'rating', 'list', 'table', 'status', 'priority-matrix', 'dot-vote', 'indicator', 'survey-tally'];
    for (const type of types) await expect(page.locator(`.worksheet__field[data-field-type="${type}"]`).first(), type).toBeVisible();
  });

  test('keeps a choice, checklist, rating and status chosen by keyboard after reload', async ({ page }) => {
    const id = await createWorkbook(page, 'Every field by keyboard');
    await openWorksheet(page, 'every-field', id);

    // Choice: Space picks, the down arrow moves on.
    const choice = page.getByRole('group', { name: 'Pick one' });
    await pressOn(choice.getByRole('radio', { name: 'First' }), 'Space');
    await page.keyboard.press('ArrowDown');
    await expect(choice.getByRole('radio', { name: 'Second' })).toBeChecked();

    // Checklist: Space ticks, Tab moves to the next box.
    const checklist = page.getByRole('group', { name: 'Things to tick' });
    await pressOn(checklist.getByRole('checkbox', { name: 'The first thing' }), 'Space');
    await page.keyboard.press('Tab');
    await expect(checklist.getByRole('checkbox', { name: 'The second thing' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(checklist.getByText('2 of 2 done')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(checklist.getByText('1 of 2 done')).toBeVisible();

    // Rating: Space on the first level, then the right arrow up the scale.
    const rating = page.getByRole('group', { name: 'How much' });
    await pressOn(rating.getByRole('radio', { name: '1 – Not at all' }), 'Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(rating.getByRole('radio', { name: '4 – A lot' })).toBeChecked();

    // Status with a due date in the past: On track is shown as Overdue.
    await typeDate(page.getByLabel('Deadline', { exact: true }), '2021-09-30');
    const status = page.getByRole('group', { name: 'Overall status' });
    await pressOn(status.getByRole('radio', { name: 'Not started' }), 'Space');
    await page.keyboard.press('ArrowDown');
    await expect(status.getByRole('radio', { name: 'On track' })).toBeChecked();
    await expect(status.getByText(/^Overdue \(due \w* ?30 September 2021\)/)).toBeVisible();

    await reloadWhenSaved(page);
    await expect(choice.getByRole('radio', { name: 'Second' })).toBeChecked();
    await expect(checklist.getByRole('checkbox', { name: 'The first thing' })).toBeChecked();
    await expect(checklist.getByRole('checkbox', { name: 'The second thing' })).not.toBeChecked();
    await expect(checklist.getByText('1 of 2 done')).toBeVisible();
    await expect(rating.getByRole('radio', { name: '4 – A lot' })).toBeChecked();
    await expect(status.getByRole('radio', { name: 'On track' })).toBeChecked();
    await expect(status.getByText(/^Overdue \(due \w* ?30 September 2021\)/)).toBeVisible();

    // Done clears Overdue.
    await pressOn(status.getByRole('radio', { name: 'On track' }), 'ArrowDown');
    await pressOn(status.getByRole('radio', { name: 'At risk' }), 'ArrowDown');
    await pressOn(status.getByRole('radio', { name: 'Off track' }), 'ArrowDown');
    await expect(status.getByRole('radio', { name: 'Done' })).toBeChecked();
    await expect(status.getByText(/^Overdue/)).toHaveCount(0);
  });
});
