/**
 * The print route: the whole-plan view (/workbook/plan/) of a workbook
 * filled through the worksheets, printed by the browser to an A4 PDF; and a
 * worksheet page printed blank and filled. Print media is emulated, the
 * chrome must be hidden, and the PDF is read back with pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { popplerTool } from '../../scripts/system-tools.mjs';
import { createWorkbook, visit, waitForSaved } from './workbooks-support';
import { addAction, addCandidates, choosePriorities, openWorksheet } from './worksheets-support';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const DEFINITION = 'Belonging here means every pupil is greeted by name and has an adult to turn to.\nIt includes families too.';
const LONG_WORD = 'Supercalifragilisticexpialidocious'.repeat(4);

/** Fills Get started, Reflect and Plan worksheets through their pages; returns the workbook id. */
async function fillPlan(page: Page): Promise<string> {
  const id = await createWorkbook(page, 'Calmer mornings');
  await openWorksheet(page, 'our-team-and-scope', id);
  await page.getByLabel('School name').fill('Ash Grove Primary');
  await page.getByRole('group', { name: 'Planning approaches we will use' }).getByRole('checkbox', { name: 'Participatory policy design' }).check();
  await page.getByRole('button', { name: 'Add team member' }).click();
  await page.getByLabel('Name (optional) for team member 1', { exact: true }).fill('Asha Patel');
  await page.getByLabel('Role for team member 1: Asha Patel', { exact: true }).fill('SENCo');
  await waitForSaved(page);

  await openWorksheet(page, 'what-belonging-means', id);
  await page.getByLabel('In one or two sentences, what belonging means at our school').fill(`${DEFINITION} ${LONG_WORD}`);
  await waitForSaved(page);

  await openWorksheet(page, 'choosing-our-focus', id);
  await addCandidates(page, ['A calmer start to the day', 'A quieter lunch hall']);
  await choosePriorities(page, ['A calmer start to the day']);
  await waitForSaved(page);

  await openWorksheet(page, 'action-plan', id);
  await addAction(page, { action: 'Open classrooms from 8:40', priority: 'A calmer start to the day', status: 'On track' });
  await page.getByLabel('Lead for action 1: Open classrooms from 8:40', { exact: true }).fill('Asha Patel (SENCo)');
  await waitForSaved(page);
  return id;
}

/** Opens the plan view of a workbook and waits for the document. */
async function openPlan(page: Page, id: string): Promise<void> {
  await visit(page, `/workbook/plan/?id=${encodeURIComponent(id)}`);
  await expect(page.locator('article.plan')).toBeVisible();
}

/** The text of a PDF, as pdftotext reads it (with form feeds between pages). */
function pdfText(path: string): string {
  return execFileSync(popplerTool('pdftotext'), ['-layout', path, '-'], { encoding: 'utf8' });
}

test('shows the whole plan with cover, contents, sections, tables and sign-off, and hides names on request', async ({ page }) => {
  const id = await fillPlan(page);
  await openPlan(page, id);
  const plan = page.locator('article.plan');
  await expect(plan.getByRole('heading', { level: 1, name: 'Calmer mornings' })).toBeVisible();
  const cover = plan.locator('.plan-cover');
  await expect(cover.getByText('Ash Grove Primary')).toBeVisible();
  await expect(cover.getByText('Participatory policy design', { exact: true })).toBeVisible();
  await expect(cover.getByText(/^Cycle 1 \(dates not set yet\)$/)).toBeVisible();
  const contents = page.getByRole('navigation', { name: 'Contents' });
  for (const heading of ['Get started', 'Stage 1: Reflect', 'Stage 2: Plan', 'Stage 3: Implement', 'Stage 4: Measure']) {
    await expect(contents.getByRole('link', { name: heading })).toBeVisible();
    await expect(plan.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(plan.getByRole('heading', { level: 3, name: 'Action plan' })).toBeVisible();
  await expect(plan.getByText(/every pupil is greeted by name/)).toBeVisible();

  const actions = plan.getByRole('table', { name: 'Our actions' });
  await expect(actions.locator('caption')).toHaveText('Our actions');
  await expect(actions.getByRole('columnheader', { name: 'Lead' })).toBeVisible();
  await expect(actions.getByRole('rowheader', { name: 'Open classrooms from 8:40' })).toBeVisible();
  await expect(actions.getByRole('cell', { name: 'On track' })).toBeVisible();
  await expect(plan.getByRole('heading', { level: 4, name: 'Our live priorities' })).toBeVisible();
  await expect(plan.getByRole('listitem').filter({ hasText: 'A quieter lunch hall' })).toBeVisible();
  await expect(plan.getByRole('heading', { level: 2, name: 'Sign-off' })).toBeVisible();

  await expect(plan.getByText('Asha Patel').first()).toBeVisible();
  await page.getByLabel('Replace names with roles').check();
  await expect(plan.getByText(/Asha|Patel/)).toHaveCount(0);
  await expect(actions.getByRole('cell', { name: 'SENCo', exact: true })).toBeVisible();
  await expect(plan.getByRole('table', { name: 'Who is in the team' }).getByRole('rowheader', { name: 'SENCo' })).toBeVisible();

  await page.getByRole('checkbox', { name: 'Stage 2: Plan' }).uncheck();
  await expect(plan.getByRole('heading', { level: 2, name: 'Stage 2: Plan' })).toHaveCount(0);
  await expect(plan.getByRole('heading', { level: 2, name: 'Stage 1: Reflect' })).toBeVisible();
});

test('the plan view with answers has no WCAG 2.2 A/AA violations', async ({ page }) => {
  const id = await fillPlan(page);
  await openPlan(page, id);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('prints the plan as a clean A4 document with the chrome hidden', async ({ page }, testInfo) => {
  const id = await fillPlan(page);
  await openPlan(page, id);
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.site-header', '.site-footer', '.plan-options', 'reading-preferences']) await expect(page.locator(chrome).first()).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.locator('article.plan')).toBeVisible();
  const repeated = await page.locator('article.plan thead').first().evaluate((head) => getComputedStyle(head).display);
  expect(repeated).toBe('table-header-group');

  // Chromium keeps a stale container-query layout when print emulation is followed by page.pdf(): clear it first.
  await page.emulateMedia({ media: null });
  const pdf = await page.pdf({ format: 'A4' });
  const path = testInfo.outputPath('plan.pdf');
  writeFileSync(path, pdf);
  const text = pdfText(path);
  const pages = text.split('\f').filter((part) => part.trim() !== '');
  // Cover and contents, sign-off, and each of the five stages on its own page.
  expect(pages.length).toBeGreaterThanOrEqual(8);
  for (const heading of ['Contents', 'Stage 1: Reflect', 'Stage 2: Plan', 'Stage 4: Measure', 'Sign-off', 'Open classrooms from 8:40', 'Page 2 of']) expect(text).toContain(heading);
  expect(text).not.toContain('Print options');
  expect(text).not.toContain('Skip to content');
  // The long unbroken word wraps instead of running off the page: its end is still printed.
  expect(text.replace(/[\s-]/g, '')).toContain(LONG_WORD);
});

test('prints a worksheet page blank with writing lines and filled with its text in full', async ({ page }, testInfo) => {
  const id = await createWorkbook(page, 'Paper workshop');
  await openWorksheet(page, 'what-belonging-means', id);
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.site-header', '.save-status', '.worksheet-guidance', '.breadcrumb', '.prev-next']) await expect(page.locator(chrome).first()).toBeHidden();
  await expect(page.getByRole('button', { name: /Clear|Add/ }).first()).toBeHidden();
  const box = page.getByLabel('In one or two sentences, what belonging means at our school');
  const lines = await box.evaluate((element) => ({ image: getComputedStyle(element).backgroundImage, height: element.getBoundingClientRect().height }));
  expect(lines.image).toContain('repeating-linear-gradient');
  expect(lines.height).toBeGreaterThan(60);
  await page.emulateMedia({ media: null });
  expect((await page.pdf({ format: 'A4' })).length).toBeGreaterThan(1000);

  await page.emulateMedia({ media: 'screen' });
  const answer = Array.from({ length: 30 }, (_, n) => `Line ${n + 1} of what belonging means here.`).join('\n');
  await box.fill(answer);
  await waitForSaved(page);
  await page.emulateMedia({ media: 'print' });
  const fits = await box.evaluate((element) => element.scrollHeight <= element.clientHeight + 1);
  expect(fits).toBe(true);
  await page.emulateMedia({ media: null });
  const path = testInfo.outputPath('worksheet.pdf');
  writeFileSync(path, await page.pdf({ format: 'A4' }));
  const text = pdfText(path);
  expect(text).toContain('Line 1 of what belonging means here.');
  expect(text).toContain('Line 30 of what belonging means here.');
  expect(text).not.toContain('How to use this worksheet');
});
