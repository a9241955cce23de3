import { expect, test, type Page } from '@playwright/test';
import { createWorkbook, visit, downloadedText, downloadFrom, schoolName, waitForSaved } from './workbooks-support';

/** The file chooser on "My workbooks". */
function fileInput(page: Page) {
  return page.getByLabel('Choose a workbook file (.json) to import');
}

/** Chooses a file with the given text for import. */
async function importText(page: Page, text: string, name = 'plan.belonging.json'): Promise<void> {
  await fileInput(page).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** Exports one workbook from "My workbooks"; returns the file name and parsed content. */
async function exportFromList(page: Page, title: string) {
  const download = await downloadFrom(page, page.getByRole('button', { name: `Export ‘${title}’` }));
  return { name: download.suggestedFilename(), file: JSON.parse(await downloadedText(download)) as { workbook: Record<string, unknown> } };
}

test('refuses a bad file with the model’s message and changes nothing', async ({ page }) => {
  await createWorkbook(page, 'Safe plan');
  await visit(page, '/workbooks/');
  await expect(page.getByRole('heading', { name: 'Safe plan' })).toBeVisible();
  const before = await page.locator('.workbooks__list').innerText();

  await importText(page, '{ this is not json', 'broken.json');
  await expect(page.locator('.import-workbook__alert')).toHaveText('This file is not a workbook file: it is not readable as JSON.');
  await expect(fileInput(page)).toHaveAttribute('aria-invalid', 'true');

  await importText(page, JSON.stringify({ format: 'something-else' }), 'other.json');
  await expect(page.locator('.import-workbook__alert')).toHaveText('This file is not a workbook file: it was not exported from the Belonging Workbook.');

  await visit(page);
  await expect(page.getByRole('heading', { name: 'Safe plan' })).toBeVisible();
  expect(await page.locator('.workbooks__list').innerText()).toBe(before);
});

test('exports, deletes and imports a workbook back identically', async ({ page }) => {
  await createWorkbook(page, 'Round trip');
  await schoolName(page).fill('Hazel Primary');
  await waitForSaved(page);
  await visit(page, '/workbooks/');

  const first = await exportFromList(page, 'Round trip');
  expect(first.name).toMatch(/^round-trip-\d{4}-\d{2}-\d{2}\.belonging\.json$/);
  await expect(page.locator('.workbook-row').filter({ hasText: 'Round trip' })).not.toContainText('Last exportednever');

  await page.getByRole('button', { name: 'Delete ‘Round trip’' }).click();
  await expect(page.getByRole('heading', { name: 'Round trip' })).toHaveCount(0);
  await importText(page, JSON.stringify(first.file));
  await expect(page.getByRole('heading', { name: 'Round trip' })).toBeFocused();

  const second = await exportFromList(page, 'Round trip');
  // Only the export time differs: every other part of the workbook is identical.
  const withoutExportTime = (workbook: Record<string, unknown>): Record<string, unknown> => ({ ...workbook, lastExportedAt: 'ignored' });
  const firstWorkbook = withoutExportTime(first.file.workbook);
  expect(withoutExportTime(second.file.workbook)).toEqual(firstWorkbook);
  expect(firstWorkbook['setup']).toMatchObject({ schoolName: 'Hazel Primary' });
});

test('asks before replacing a workbook that is already saved, and keeps both on request', async ({ page }) => {
  await createWorkbook(page, 'Shared plan');
  await visit(page, '/workbooks/');
  const { file } = await exportFromList(page, 'Shared plan');

  await importText(page, JSON.stringify(file));
  const question = page.getByRole('group', { name: /“Shared plan” is already in this browser/ });
  await expect(question).toBeFocused();
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toHaveCount(0);
  await expect(page.locator('.workbook-row')).toHaveCount(1);

  await importText(page, JSON.stringify(file));
  await page.getByRole('button', { name: 'Keep both' }).click();
  await expect(page.getByRole('heading', { name: 'Shared plan (imported)' })).toBeVisible();
  await expect(page.locator('.workbook-row')).toHaveCount(2);

  await importText(page, JSON.stringify(file));
  await page.getByRole('button', { name: 'Replace the saved one' }).click();
  await expect(page.locator('.workbook-row')).toHaveCount(2);
  await expect(page.getByRole('heading', { name: 'Records that need attention' })).toBeVisible();
  const raw = await downloadFrom(page, page.getByRole('button', { name: /^Export the raw record kept aside on / }));
  expect(JSON.parse(await downloadedText(raw))).toMatchObject({ title: 'Shared plan' });
});
