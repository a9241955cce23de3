import { expect, test } from '@playwright/test';
import { builtPagePaths } from '../support/built-pages';

test('no page makes a request to anywhere but its own origin', async ({ page, baseURL }) => {
  // Visits every page and waits for the network to go quiet on each, while the service worker precaches.
  test.slow();
  const origin = new URL(baseURL ?? '').origin;
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  for (const path of builtPagePaths()) {
    await page.goto(path);
    await page.getByText('Reading preferences', { exact: true }).click();
    await page.getByLabel('Dyslexia-friendly (OpenDyslexic)').check();
    await page.getByLabel('Easy-read (Atkinson Hyperlegible)').check();
    await page.getByRole('button', { name: 'Reset to standard' }).click();
    await page.waitForLoadState('networkidle');
  }
  const offsite = requested.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
  expect(requested.length).toBeGreaterThan(builtPagePaths().length);
  expect(offsite).toEqual([]);
});
