/**
 * Hostile text stays inert on screen: a workbook file carrying markup,
 * `javascript:` addresses, direction overrides, zero-width characters and a
 * 100,000-character answer in every field of every worksheet is imported,
 * then every worksheet and the plan view are opened. No dialog fires, no
 * element is made from the text, the text shows as text, and the page still
 * answers a click.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { HOSTILE_MARKUP, hostileWorkbookFile } from '../support/hostile-text';
import { createWorkbook, visit } from './workbooks-support';

const root = new URL('../../', import.meta.url).pathname;

/** The real worksheets' ids and fields, read from their frontmatter. */
function worksheets(): { id: string; fields: { id: string; type: string; mode?: string; columns?: { id: string; type: string }[] }[] }[] {
  const dir = `${root}content/worksheets`;
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const data = parse(readFileSync(`${dir}/${file}`, 'utf8').split(/^---$/m)[1] ?? '') as { fields: { id: string; type: string }[] };
      return { id: file.replace(/\.mdx$/, ''), fields: data.fields };
    });
}

const SHEETS = worksheets();
const FILE = hostileWorkbookFile(SHEETS);
const TITLE = `${HOSTILE_MARKUP.script} plan`;

/** Records every dialog (alert, confirm, prompt) the page opens and every uncaught error, to fail the test on. */
function watchForTrouble(page: Page): string[] {
  const trouble: string[] = [];
  page.on('dialog', (dialog) => {
    trouble.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => trouble.push(`uncaught: ${error.message}`));
  return trouble;
}

/** Imports the hostile file on "My workbooks" and waits for it in the list. */
async function importHostile(page: Page): Promise<void> {
  await visit(page, '/workbooks/');
  await page.getByLabel('Choose a workbook file (.json) to import').setInputFiles({ name: 'hostile.belonging.json', mimeType: 'application/json', buffer: Buffer.from(FILE) });
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
}

/** Elements the hostile text could have made if it were treated as HTML. */
async function injectedElements(page: Page): Promise<number> {
  return page.evaluate(() => {
    const scripts = [...document.querySelectorAll('script')].filter((script) => script.textContent.includes('alert(1)')).length;
    const handlers = document.querySelectorAll('[onerror], img[src="x"], a[href^="javascript:" i], [src^="javascript:" i]').length;
    return scripts + handlers;
  });
}

/** The page's visible text plus the values of its form controls. */
async function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const values = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map((control) => control.value);
    return `${document.body.innerText}\n${values.join('\n')}`;
  });
}

/** Opens the reading preferences and closes them again, each within 2 s. */
async function expectResponsive(page: Page): Promise<void> {
  const prefs = page.locator('details.prefs');
  const toggle = prefs.locator('summary');
  await toggle.click({ timeout: 2000 });
  await expect(prefs).toHaveAttribute('open', '', { timeout: 2000 });
  await toggle.click({ timeout: 2000 });
  await expect(prefs).not.toHaveAttribute('open', { timeout: 2000 });
}

/** Opens one page of the imported workbook and checks the hostile text stayed inert there. */
async function expectInert(page: Page, path: string, waitFor: string): Promise<void> {
  await visit(page, path);
  await expect(page.locator(waitFor)).toBeVisible();
  // The workbook is read from the browser's storage after the page loads: wait until its text is drawn.
  await expect.poll(() => shownText(page), { message: `hostile text shown as text on ${path}` }).toContain(HOSTILE_MARKUP.script);
  expect(await injectedElements(page), `elements made from text on ${path}`).toBe(0);
  // Every answer fits its field, so the real controls (not the kept-aside raw text) show the hostile text.
  await expect(page.getByText('An earlier answer here no longer fits this question')).toHaveCount(0);
  await expectResponsive(page);
}

/** The worksheets split into three groups, one test each, so they run side by side. */
const GROUPS = [0, 1, 2].map((group) => SHEETS.filter((_, index) => index % 3 === group));

for (const [index, group] of GROUPS.entries()) {
  test(`keeps hostile text inert on worksheets, group ${String(index + 1)}`, async ({ page }) => {
    const trouble = watchForTrouble(page);
    await importHostile(page);
    for (const sheet of group) await expectInert(page, `/worksheets/${sheet.id}/?id=wb-hostile`, 'form.worksheet');
    expect(trouble).toEqual([]);
  });
}

test('keeps hostile text inert in the plan view and on My workbooks', async ({ page }) => {
  const trouble = watchForTrouble(page);
  await importHostile(page);
  expect(await injectedElements(page)).toBe(0);
  await expectResponsive(page);
  await expectInert(page, '/workbook/plan/?id=wb-hostile', 'main h1');
  await expect(page.getByText(HOSTILE_MARKUP.url).first()).toBeVisible();
  await expectInert(page, '/workbook/?id=wb-hostile', 'main h1');
  expect(trouble).toEqual([]);
});

/** The hostile file changed by `change` (a copy of its parsed JSON). */
function variant(change: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(FILE) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
}

/** One bad file of each kind of trouble (the unit suite in tests/unit/hostile/ covers them all). */
const BAD_FILES = [
  `{"format":"belonging-workbook","schemaVersion":1,"workbook":{"title":"${'B'.repeat(50 * 1024 * 1024)}"}}`,
  FILE.slice(0, 5000),
  FILE.replace('"workbook": {', `"workbook": ${'['.repeat(10_000)}${']'.repeat(10_000)}, "x": {`),
  FILE.replace(/\}\s*$/, ', "__proto__": {"polluted": "yes"}, "format": "x"}'),
  variant((file) => (file['schemaVersion'] = 999)),
  variant((file) => (file['format'] = 'belonging-workbook-contribution')),
  variant((file) => ((file['workbook'] as Record<string, unknown>)['cycles'] = { a: 1 })),
];

test('refuses bad files with a sentence, leaves saved workbooks alone and stays responsive', async ({ page }) => {
  const trouble = watchForTrouble(page);
  await createWorkbook(page, 'Safe plan');
  await visit(page, '/workbooks/');
  const list = page.locator('.workbooks__list');
  const before = await list.innerText();
  for (const [index, text] of BAD_FILES.entries()) {
    await visit(page);
    // Written to disk first: Playwright refuses in-memory files over 50 MB.
    const path = test.info().outputPath(`bad-${String(index + 1)}.json`);
    writeFileSync(path, text);
    await page.getByLabel('Choose a workbook file (.json) to import').setInputFiles(path);
    rmSync(path);
    const alert = page.locator('.import-workbook__alert');
    await expect(alert, `bad file ${String(index + 1)}`).toHaveText(/^This (file|workbook file) .+\.$/);
    await expectResponsive(page);
  }
  expect(await page.evaluate(() => 'polluted' in {})).toBe(false);
  await visit(page);
  expect(await list.innerText()).toBe(before);
  expect(trouble).toEqual([]);
});
