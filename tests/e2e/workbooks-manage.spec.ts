import { expect, test } from '@playwright/test';
import { createWorkbook, visit } from './workbooks-support';

test('shows a friendly empty state with the create form', async ({ page }) => {
  await visit(page, '/workbooks/');
  await expect(page.getByText('No workbooks yet')).toBeVisible();
  await expect(page.getByLabel('Name of the new workbook')).toBeVisible();
});

test('asks for a name before creating a workbook', async ({ page }) => {
  await visit(page, '/workbooks/');
  await page.getByRole('button', { name: 'Create a workbook' }).click();
  const input = page.getByLabel('Name of the new workbook');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toBeFocused();
  await expect(page.getByRole('alert').filter({ hasText: 'Type a name' })).toContainText('Type a name for the workbook');
});

test('creates a workbook, renames it, and keeps the new name after reload', async ({ page }) => {
  await createWorkbook(page, 'Spring plan');
  await visit(page, '/workbooks/');
  await expect(page.getByRole('heading', { name: 'Spring plan' })).toBeVisible();
  await expect(page.locator('.workbook-row').filter({ hasText: 'Spring plan' })).toContainText('Last exportednever');
  await page.getByRole('button', { name: 'Rename ‘Spring plan’' }).click();
  const input = page.getByLabel('New name for ‘Spring plan’');
  await expect(input).toBeFocused();
  await input.fill('Summer plan');
  await input.press('Enter');
  await expect(page.getByRole('heading', { name: 'Summer plan' })).toBeFocused();
  await visit(page);
  await expect(page.getByRole('heading', { name: 'Summer plan' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Spring plan' })).toHaveCount(0);
});

test('cancels a rename with Escape and leaves the name alone', async ({ page }) => {
  await createWorkbook(page, 'Kept name');
  await visit(page, '/workbooks/');
  await page.getByRole('button', { name: 'Rename ‘Kept name’' }).click();
  await page.getByLabel('New name for ‘Kept name’').fill('Thrown away');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Kept name' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rename ‘Kept name’' })).toBeFocused();
});

test('deletes a workbook at once and restores it with undo', async ({ page }) => {
  await createWorkbook(page, 'Autumn plan');
  await visit(page, '/workbooks/');
  await page.getByRole('button', { name: 'Delete ‘Autumn plan’' }).click();
  const undo = page.getByRole('button', { name: 'Undo deleting ‘Autumn plan’' });
  await expect(undo).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted ‘Autumn plan’' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Autumn plan' })).toHaveCount(0);
  await undo.press('Enter');
  await expect(page.getByRole('heading', { name: 'Autumn plan' })).toBeFocused();
  await visit(page);
  await expect(page.getByRole('heading', { name: 'Autumn plan' })).toBeVisible();
});

test('duplicates, archives and unarchives a workbook', async ({ page }) => {
  await createWorkbook(page, 'Cycle one');
  await visit(page, '/workbooks/');
  await page.getByRole('button', { name: 'Duplicate ‘Cycle one’' }).click();
  await expect(page.getByRole('heading', { name: 'Cycle one (copy)' })).toBeFocused();
  await page.getByRole('button', { name: 'Archive ‘Cycle one (copy)’' }).click();
  const summary = page.getByText('Archived (1)');
  await expect(summary).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Cycle one (copy)' })).toBeHidden();
  await summary.press('Enter');
  await page.getByRole('button', { name: 'Unarchive ‘Cycle one (copy)’' }).click();
  await expect(page.getByRole('heading', { name: 'Cycle one (copy)' })).toBeFocused();
  await expect(page.getByText(/^Archived \(/)).toHaveCount(0);
});

test('opens a workbook from the list, and explains when none is chosen', async ({ page }) => {
  await createWorkbook(page, 'Linked plan');
  await visit(page, '/workbooks/');
  await page.getByRole('link', { name: 'Open ‘Linked plan’' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Linked plan' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Get started' })).toHaveAttribute('href', '/guide/get-started/');
  await visit(page, '/workbook/?id=no-such-workbook');
  await expect(page.getByRole('heading', { level: 1, name: 'This workbook could not be opened' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to My workbooks' })).toHaveAttribute('href', '/workbooks/');
});
