import { expect, test } from '@playwright/test';
import { createWorkbook, visit, saveStatus, schoolName } from './workbooks-support';

test('says when storage is full and keeps the typed text in the page', async ({ page }) => {
  const id = await createWorkbook(page, 'Full disk');
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (typeof key === 'string' && key.startsWith('workbook:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.call(this, value, key);
    };
  });
  await visit(page, `/workbook/?id=${id}`);
  await schoolName(page).fill('Cedar School');
  await expect(saveStatus(page)).toContainText('Not saved — storage is full.');
  await expect(saveStatus(page)).toContainText('Your answers are still on this page.');
  await expect(schoolName(page)).toHaveValue('Cedar School');
  await expect(page.getByRole('button', { name: /^Export to a file\W+‘Full disk’/ })).toBeVisible();
});

test('warns that work is lost on close when the browser has no IndexedDB', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await visit(page, '/workbooks/');
  await expect(page.getByText('this browser is not letting the workbook save')).toBeVisible();
  await createWorkbook(page, 'Private window');
  await expect(page.getByText('your work will be lost when this tab closes unless you export it')).toBeVisible();
  await schoolName(page).fill('Elm School');
  await expect(saveStatus(page)).toHaveText(/^Saved at/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export to a file\W+‘Private window’/ }).first().click();
  expect((await download).suggestedFilename()).toMatch(/^private-window-.*\.belonging\.json$/);
  await visit(page);
  await expect(schoolName(page)).toHaveValue('Elm School');
});
