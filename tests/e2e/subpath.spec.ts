import { expect, test } from '@playwright/test';

const SUBPATH_ORIGIN = `http://127.0.0.1:${process.env.TEST_SUBPATH_PORT ?? 4401}`;
const BASE = '/workbook/';

test('under a /workbook/ sub-path every page, link and asset resolves', async ({ page }) => {
  const failures: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  const queue = [`${SUBPATH_ORIGIN}${BASE}`];
  const visited = new Set<string>();
  while (queue.length > 0) {
    const url = queue.shift() ?? '';
    if (visited.has(url)) continue;
    visited.add(url);
    await page.goto(url);
    const links = await page.$$eval('a[href]', (anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    for (const link of links) {
      const target = new URL(link);
      if (target.origin !== SUBPATH_ORIGIN) continue;
      expect(target.pathname.startsWith(BASE), `${url} links outside the base: ${target.pathname}`).toBe(true);
      target.hash = '';
      if (!visited.has(target.href)) queue.push(target.href);
    }
  }
  expect(visited.size).toBeGreaterThanOrEqual(15);
  expect(failures).toEqual([]);
});
