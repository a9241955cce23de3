import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createWorkbook, schoolName, visit, waitForSaved } from './workbooks-support';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Axe violations as short readable lines. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('the open workbook page, with its status and health panel, has no WCAG 2.2 A/AA violations', async ({ page }) => {
  await createWorkbook(page, 'Accessible plan');
  await schoolName(page).fill('Ash School');
  await waitForSaved(page);
  await page.getByRole('button', { name: 'Rename ‘Accessible plan’' }).click();
  expect(await violations(page)).toEqual([]);
});

test('a full "My workbooks" list, mid-rename and after a delete, has no WCAG 2.2 A/AA violations', async ({ page }) => {
  await createWorkbook(page, 'First plan');
  await createWorkbook(page, 'Second plan');
  await visit(page, '/workbooks/');
  await page.getByRole('button', { name: 'Archive ‘First plan’' }).click();
  await page.getByText('Archived (1)').click();
  await page.getByRole('button', { name: 'Delete ‘Second plan’' }).click();
  await page.getByRole('button', { name: 'Undo deleting ‘Second plan’' }).click();
  await page.getByRole('button', { name: 'Rename ‘Second plan’' }).click();
  await page.getByLabel('New name for ‘Second plan’').fill('');
  await page.keyboard.press('Enter');
  await expect(page.getByText('A workbook needs a name.')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
