/**
 * WCAG 2.2, 2.4.11 Focus Not Obscured: tabbing backwards through a long
 * worksheet must never leave the focused control under the sticky save
 * status, at a tablet and a laptop size.
 */
import { expect, test, type Page } from '@playwright/test';
import { createWorkbook } from './workbooks-support';
import { openWorksheet } from './worksheets-support';

/** How far the focused element's top sits above the sticky bar's bottom edge (positive = hidden under it). */
function overlapWithStickyBar(page: Page): Promise<{ label: string; overlap: number } | null> {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement | null;
    const bar = document.querySelector('.save-status');
    if (!focused || focused === document.body || !bar) return null;
    const barBox = bar.getBoundingClientRect();
    const box = focused.getBoundingClientRect();
    const stuck = barBox.top <= 0.5;
    const label = focused.getAttribute('aria-label') ?? (focused as HTMLInputElement).labels?.[0]?.textContent ?? focused.textContent ?? '';
    return { label: label.trim().slice(0, 60), overlap: stuck && box.bottom > barBox.top ? barBox.bottom - box.top : 0 };
  });
}

for (const viewport of [
  { width: 768, height: 1024 },
  { width: 1366, height: 768 },
]) {
  test(`keeps focus clear of the save status when tabbing backwards at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const id = await createWorkbook(page, 'Focus check');
    await openWorksheet(page, 'policy-audit', id);
    await page.keyboard.press('End');
    await page.locator('footer a').last().focus();
    const hidden: string[] = [];
    let stops = 0;
    for (; stops < 400; stops += 1) {
      await page.keyboard.press('Shift+Tab');
      const info = await overlapWithStickyBar(page);
      if (!info) continue;
      if (info.overlap > 1) hidden.push(`${info.label} (${Math.round(info.overlap)} px under)`);
      if (await page.evaluate(() => document.activeElement?.closest('header') !== null)) break;
    }
    expect(stops).toBeGreaterThan(30);
    expect(hidden, 'focus stops hidden under the sticky save status').toEqual([]);
  });
}
