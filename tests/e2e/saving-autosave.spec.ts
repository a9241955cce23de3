import { expect, test } from '@playwright/test';
import { createWorkbook, visit, saveStatus, schoolName, waitForSaved } from './workbooks-support';

test('keeps a typed answer after reload', async ({ page }) => {
  await createWorkbook(page, 'Typed plan');
  await expect(saveStatus(page)).toHaveText('Saved');
  await schoolName(page).pressSequentially('Willow Academy');
  await waitForSaved(page);
  await visit(page);
  await expect(schoolName(page)).toHaveValue('Willow Academy');
});

test('keeps what was typed when the page is closed within a second', async ({ context }) => {
  const page = await context.newPage();
  const id = await createWorkbook(page, 'Quick close');
  await schoolName(page).fill('Birch School');
  await page.close({ runBeforeUnload: true });
  const reopened = await context.newPage();
  await visit(reopened, `/workbook/?id=${id}`);
  await expect(schoolName(reopened)).toHaveValue('Birch School');
});

test('keeps edits to different fields made in two tabs', async ({ context }) => {
  const first = await context.newPage();
  const id = await createWorkbook(first, 'Two tabs');
  const second = await context.newPage();
  await visit(second, `/workbook/?id=${id}`);
  await expect(schoolName(second)).toBeVisible();

  await schoolName(first).fill('Rowan Primary');
  await second.getByRole('button', { name: 'Rename ‘Two tabs’' }).click();
  await second.getByLabel('New name for ‘Two tabs’').fill('Both kept');
  await second.keyboard.press('Enter');
  await waitForSaved(first);
  await waitForSaved(second);

  await expect(first.getByRole('heading', { level: 1, name: 'Both kept' })).toBeVisible();
  await expect(schoolName(second)).toHaveValue('Rowan Primary');
  const third = await context.newPage();
  await visit(third, `/workbook/?id=${id}`);
  await expect(third.getByRole('heading', { level: 1, name: 'Both kept' })).toBeVisible();
  await expect(schoolName(third)).toHaveValue('Rowan Primary');
});

test('opens the last workbook when the address names none', async ({ page }) => {
  await createWorkbook(page, 'Remembered');
  await visit(page, '/workbook/');
  await expect(page.getByRole('heading', { level: 1, name: 'Remembered' })).toBeVisible();
});
