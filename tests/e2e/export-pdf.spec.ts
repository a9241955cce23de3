/** Exporting PDFs from the built site: the plan from the workbook page, a blank worksheet, and what the files hold. */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { popplerTool } from '../../scripts/system-tools.mjs';
import { createWorkbook, downloadFrom, visit, waitForSaved } from './workbooks-support';

/** The text pdftotext reads from a downloaded PDF. */
function pdfTextOf(path: string): string {
  return execFileSync(popplerTool('pdftotext'), ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

test('downloads the whole plan as a PDF named after the workbook, roles and the date', async ({ page }) => {
  const id = await createWorkbook(page, 'Ysgol Dŵr Plan');
  await visit(page, `/worksheets/what-belonging-means/?id=${id}`);
  await page.getByLabel('In one or two sentences, what belonging means at our school').fill('Każdy uczeń należy tutaj — “every pupil belongs”');
  await waitForSaved(page);
  await visit(page, `/workbook/?id=${id}`);
  const panel = page.getByRole('region', { name: 'Export the plan' });
  await panel.getByRole('checkbox', { name: 'Replace names with roles' }).check();
  const download = await downloadFrom(page, panel.getByRole('button', { name: 'Download the plan (PDF)' }));
  expect(download.suggestedFilename()).toMatch(/^ysgol-dwr-plan-plan-roles-\d{4}-\d{2}-\d{2}\.pdf$/);
  const path = await download.path();
  expect((await readFile(path)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = pdfTextOf(path);
  expect(text).toContain('Ysgol Dŵr Plan');
  expect(text).toContain('Każdy uczeń należy tutaj — “every pupil belongs”');
  expect(text).toContain('Stage 2: Plan');
  await expect(panel.getByRole('status')).toContainText(/Downloaded ysgol-dwr-plan-plan-roles-/);
});

/** Opens a worksheet's "PDF and printing" options, which load only when asked for. */
async function openPdfOptions(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'PDF and printing' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

test('prints a blank worksheet without opening a workbook', async ({ page }) => {
  await visit(page, '/worksheets/action-plan/');
  await openPdfOptions(page);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  const download = await downloadFrom(page, page.getByRole('button', { name: 'Print blank (PDF)' }));
  expect(download.suggestedFilename()).toMatch(/-action-plan-blank-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(pdfTextOf(await download.path())).toContain('Our actions');
});

test('makes a class set of pupil response sheets', async ({ page }) => {
  await visit(page, '/worksheets/pupil-pulse/');
  await openPdfOptions(page);
  await page.getByLabel('Number of copies (1 to 200)').fill('3');
  const download = await downloadFrom(page, page.getByRole('button', { name: 'Class set for pupils (PDF)' }));
  const text = execFileSync(popplerTool('pdfinfo'), [await download.path()], { encoding: 'utf8' });
  expect(text).toMatch(/Pages:\s+3\b/);
});
