import { expect, test } from '@playwright/test';

test('reading preferences apply at once and are remembered on the next visit', async ({ page }) => {
  await page.goto('/guide/get-started/');
  await page.getByText('Reading preferences', { exact: true }).click();
  await page.getByLabel('Larger').check();
  await page.getByLabel('Wider').check();
  await page.getByLabel('Dyslexia-friendly (OpenDyslexic)').check();
  await page.getByLabel('High contrast').check();
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-text', 'larger');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('OpenDyslexic');

  await page.goto('/guide/measure/');
  await expect(html).toHaveAttribute('data-text', 'larger');
  await expect(html).toHaveAttribute('data-spacing', 'wider');
  await expect(html).toHaveAttribute('data-font', 'dyslexic');
  await expect(html).toHaveAttribute('data-contrast', 'high');
  await page.getByText('Reading preferences', { exact: true }).click();
  await expect(page.getByLabel('Larger')).toBeChecked();
});

test('preferences are in place before the page body is drawn, so nothing flashes', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('bw:reading-prefs', JSON.stringify({ text: 'largest', contrast: 'high' }));
    const seen: Array<string | null> = [];
    (window as unknown as { seenAtBody: typeof seen }).seenAtBody = seen;
    new MutationObserver((_, observer) => {
      if (document.body) {
        seen.push(document.documentElement.getAttribute('data-text'));
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/');
  expect(await page.evaluate(() => (window as unknown as { seenAtBody: string[] }).seenAtBody)).toEqual(['largest']);
});

test('a browser that refuses storage still applies the choice and says it will not be remembered', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/guide/plan/');
  await page.getByText('Reading preferences', { exact: true }).click();
  await page.getByLabel('Large', { exact: true }).check();
  await expect(page.locator('html')).toHaveAttribute('data-text', 'large');
  await expect(page.getByRole('status')).toContainText('for this visit only');
});

test('a corrupt stored preference is ignored and the page still works', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('bw:reading-prefs', '{not json'));
  await page.goto('/guide/plan/');
  await expect(page.locator('html')).not.toHaveAttribute('data-text', /.+/);
  await page.getByText('Reading preferences', { exact: true }).click();
  await expect(page.getByLabel('Standard').first()).toBeChecked();
});
