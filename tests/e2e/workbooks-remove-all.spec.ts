/**
 * Shared computers: "Remove all workbooks from this browser" offers an export
 * first, confirms how many workbooks will go, then leaves nothing of them
 * behind (records, kept-aside copies, journals, the last-opened id) while the
 * reading preferences stay unless the person chooses otherwise.
 */
import { expect, test } from '@playwright/test';
import { storedKeys, writeStored } from './faults-support';
import { createWorkbook, visit } from './workbooks-support';

test('removes every workbook from this browser after offering an export', async ({ page }) => {
  await createWorkbook(page, 'Staffroom plan');
  await createWorkbook(page, 'Second plan');
  await page.evaluate(() => {
    localStorage.setItem('bw:reading-prefs', JSON.stringify({ text: 'largest' }));
    localStorage.setItem('bw:unsaved:left-behind', '{}');
  });
  await writeStored(page, 'quarantine:old:2026-01-01T00:00:00.000Z', {
    key: 'quarantine:old:2026-01-01T00:00:00.000Z',
    id: 'old',
    quarantinedAt: '2026-01-01T00:00:00.000Z',
    reason: 'Replaced by an imported file.',
    raw: {},
  });
  await visit(page, '/workbooks/');

  await page.getByRole('button', { name: 'Remove all workbooks from this browser…' }).click();
  await expect(page.getByRole('heading', { name: 'First, export a copy to keep' })).toBeFocused();
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  await page.getByRole('button', { name: 'Export all 3 files' }).click();
  await expect(page.getByRole('status')).toContainText('Exported 3 files');
  expect(downloads.filter((name) => name.endsWith('.belonging.json'))).toHaveLength(2);

  await page.getByRole('button', { name: 'Continue to removing' }).click();
  await expect(page.getByRole('heading', { name: 'Remove 2 workbooks from this browser?' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Remove 2 workbooks' })).toBeFocused();
  await page.keyboard.press('Enter');

  const said = page.getByRole('status').getByText('Removed 2 workbooks and 1 copy kept aside');
  await expect(said).toBeFocused();
  await expect(said).toContainText('Reading preferences were kept.');
  await expect(page.getByText('No workbooks yet')).toBeVisible();
  expect(await storedKeys(page)).toEqual([]);
  const left = await page.evaluate(() => Object.keys(localStorage).sort());
  expect(left).toEqual(['bw:reading-prefs']);

  await visit(page, '/workbooks/');
  await expect(page.getByText('No workbooks yet')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Remove all workbooks from this browser' })).toHaveCount(0);
});

test('cancelling the removal keeps every workbook and returns focus', async ({ page }) => {
  await createWorkbook(page, 'Kept plan');
  await visit(page, '/workbooks/');
  const open = page.getByRole('button', { name: 'Remove all workbooks from this browser…' });
  await open.click();
  await page.getByRole('button', { name: 'Continue to removing' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(open).toBeFocused();
  await visit(page);
  await expect(page.getByRole('heading', { name: 'Kept plan' })).toBeVisible();
});
