/** No dead ends: the end of Measure leads on to the next cycle, not to more reading. */
import { expect, test } from '@playwright/test';
import { createWorkbook, visit } from './workbooks-support';

test('the last worksheet leads on to the next cycle', async ({ page }) => {
  await createWorkbook(page, 'Round again');
  await visit(page, '/worksheets/looking-back/');
  const next = page.getByRole('navigation', { name: 'Previous and next pages' }).getByRole('link', { name: /Next/ });
  await expect(next).toContainText('Start the next cycle');
  await next.click();
  await page.waitForURL(/\/workbook\/#next-cycle$/);
  await expect(page.locator('#next-cycle').getByRole('heading', { name: 'Start the next cycle' })).toBeVisible();
});
