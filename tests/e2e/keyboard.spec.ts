import { expect, test, type Page } from '@playwright/test';

/** Describes the focused element: its role-ish tag and its text. */
function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const input = el as HTMLInputElement;
    const text = el.getAttribute('aria-label') ?? input.labels?.[0]?.textContent ?? el.textContent ?? '';
    return `${el.tagName.toLowerCase()}:${text.trim().replace(/\s+/g, ' ')}`;
  });
}

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/guide/reflect/');
  await page.keyboard.press('Tab');
  expect(await focusedLabel(page)).toBe('a:Skip to content');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeVisible();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  await page.keyboard.press('Tab');
  const afterSkip = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
  expect(afterSkip).toBe(true);
});

test('tabbing through a stage page reaches every control in a sensible order, each with a visible focus', async ({ page }) => {
  await page.goto('/guide/reflect/');
  const stops: string[] = [];
  for (let i = 0; i < 400; i += 1) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      return { label: (el.textContent ?? '').trim().replace(/\s+/g, ' '), visible, region: el.closest('header,nav,main,footer')?.tagName ?? '' };
    });
    if (!info) break;
    expect(info.visible, `focus is visible on "${info.label}"`).toBe(true);
    stops.push(`${info.region}:${info.label}`);
    if (info.label === 'About and how to cite') break;
  }
  const indexOf = (fragment: string) => stops.findIndex((stop) => stop.includes(fragment));
  expect(indexOf('Skip to content')).toBe(0);
  expect(indexOf('Reading preferences')).toBeGreaterThan(indexOf('Belonging Workbook'));
  expect(indexOf('Stage 1: Reflect')).toBeGreaterThan(indexOf('Reading preferences'));
  expect(indexOf('MAIN:')).toBeGreaterThan(indexOf('Stage 4: Measure'));
  expect(indexOf('NextWhat belonging means here')).toBeGreaterThan(indexOf('MAIN:'));
  expect(indexOf('Privacy notice')).toBeGreaterThan(indexOf('NextWhat belonging means here'));
});

test('reading preferences can be opened, changed and closed by keyboard alone', async ({ page }) => {
  await page.goto('/guide/plan/');
  await page.getByText('Reading preferences', { exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  expect(await focusedLabel(page)).toContain('Standard');
  // Radio groups move with the arrow keys: Standard → Large.
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveAttribute('data-text', 'large');
  await expect(page.getByRole('status')).toContainText('Saved');
});
