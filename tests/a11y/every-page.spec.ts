import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPagePaths } from '../support/built-pages';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Axe violations as short readable lines, so a failure says what to fix. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const path of builtPagePaths()) {
  test(`${path} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
    await page.goto(path);
    expect(await violations(page)).toEqual([]);
  });
}

for (const prefs of [
  { text: 'largest', spacing: 'wider', font: 'dyslexic', contrast: 'high' },
  { text: 'large', spacing: 'wide', font: 'readable', contrast: 'standard' },
]) {
  test(`a stage page stays accessible with reading preferences ${Object.values(prefs).join(', ')}`, async ({ page }) => {
    await page.addInitScript((stored) => localStorage.setItem('bw:reading-prefs', stored), JSON.stringify(prefs));
    await page.goto('/guide/reflect/');
    await page.getByText('Reading preferences', { exact: true }).click();
    expect(await violations(page)).toEqual([]);
  });
}
