import { expect, test } from '@playwright/test';
import { linkedPagePaths } from '../support/built-pages';

test('every page reflows at 320 px wide without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const overflowing: string[] = [];
  for (const path of linkedPagePaths()) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) overflowing.push(`${path} is ${width}px wide`);
  }
  expect(overflowing).toEqual([]);
});

test('at 200% text size a stage page still fits a 1280 px screen without sideways scrolling', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('bw:reading-prefs', JSON.stringify({ text: 'largest', spacing: 'wider' })));
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/guide/implement/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
});

test('buttons and navigation links are at least 24 by 24 pixels', async ({ page }) => {
  const small: string[] = [];
  for (const path of ['/', '/guide/reflect/', '/approaches/']) {
    await page.goto(path);
    await page.getByText('Reading preferences', { exact: true }).click();
    const found = await page.$$eval('nav a, button, summary, input, .button', (elements) =>
      elements
        .map((el) => ({ box: el.getBoundingClientRect(), label: (el.textContent ?? el.getAttribute('name') ?? '').trim() }))
        .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
        .map(({ box, label }) => `${label} ${Math.round(box.width)}x${Math.round(box.height)}`),
    );
    small.push(...found.map((item) => `${path}: ${item}`));
  }
  expect(small).toEqual([]);
});

test('the stage navigation marks the current stage for screen readers', async ({ page }) => {
  await page.goto('/guide/implement/');
  const current = page.getByRole('navigation', { name: 'The cycle' }).locator('[aria-current="step"]');
  await expect(current).toHaveCount(1);
  await expect(current).toContainText('Implement');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Implement');
  // A stage page leads on to its first worksheet, and back to the last worksheet of the stage before.
  await expect(page.getByRole('link', { name: /Next/ })).toHaveAttribute('href', '/worksheets/progress-log/');
  await expect(page.getByRole('link', { name: /Previous/ })).toHaveAttribute('href', '/worksheets/how-well-know/');
});

test('printing a guide page drops the navigation and writes links out', async ({ page }) => {
  await page.goto('/guide/reflect/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'The cycle' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const after = await page.evaluate(() => {
    const link = document.querySelector('.prose a[href^="/"]');
    return link ? getComputedStyle(link, '::after').content : '';
  });
  expect(after).toMatch(/\(\/(guide|approaches)\//);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});
