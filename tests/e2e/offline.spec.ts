import { writeFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createWorkbook, visit } from './workbooks-support';
import { openWorksheet, reloadWhenSaved, typeInto } from './worksheets-support';
import { buildServiceWorker, copyBuild, removeCopy, startServer, waitForControl } from './offline-support';

/**
 * Each test serves the built site with a server of its own, so it can stop
 * it: after one visit, the service worker must serve everything.
 */
const DIST = process.env.TEST_DIST ?? 'dist';
const SUBPATH_DIST = process.env.TEST_SUBPATH_DIST ?? 'dist-subpath';
const DEFINITION = 'In one or two sentences, what belonging means at our school';

/** Records every request that fails, to show nothing needed the network. */
function failedRequests(page: Page): string[] {
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  return failed;
}

test('after one visit, opens pages never visited and saves a worksheet with the server stopped', async ({ browser }) => {
  const server = await startServer(DIST);
  const context = await browser.newContext({ baseURL: server.origin });
  try {
    const page = await context.newPage();
    const id = await createWorkbook(page, 'Offline plan');
    expect(await waitForControl(page)).toBe(`${server.origin}/`);
    await server.stop();
    await context.setOffline(true);
    const failed = failedRequests(page);

    await visit(page, '/guide/plan/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Plan');
    await visit(page, '/approaches/inclusion-by-design/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await visit(page, '/workbooks/');
    await expect(page.getByText('Offline plan').first()).toBeVisible();

    await openWorksheet(page, 'what-belonging-means', id);
    await typeInto(page.getByLabel(DEFINITION), 'Everyone is expected, even with the wifi down.');
    await reloadWhenSaved(page);
    await expect(page.getByLabel(DEFINITION)).toHaveValue('Everyone is expected, even with the wifi down.');
    expect(failed).toEqual([]);
  } finally {
    await context.close();
    await server.stop();
  }
});

test('offers a new version when the service worker is rebuilt, and keeps the typed answer on Reload', async ({ browser }) => {
  const copy = await copyBuild(DIST);
  await buildServiceWorker(copy);
  const server = await startServer(copy);
  const context = await browser.newContext({ baseURL: server.origin });
  try {
    const page = await context.newPage();
    const id = await createWorkbook(page, 'Update plan');
    await openWorksheet(page, 'what-belonging-means', id);
    await waitForControl(page);
    await typeInto(page.getByLabel(DEFINITION), 'Kept through the update.');

    const sheet = join(copy, 'worksheets', 'what-belonging-means', 'index.html');
    const html = await readFile(sheet, 'utf8');
    await writeFile(sheet, html.replace('</head>', '<meta name="bw-test-build" content="second"></head>'));
    await buildServiceWorker(copy);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const status = page.getByRole('status').filter({ hasText: 'new version' });
    await expect(status).toHaveText('A new version of the workbook is ready.');
    await expect(page.getByRole('button', { name: 'Later' })).toBeVisible();
    await page.getByRole('button', { name: 'Reload' }).click();

    await expect(page.locator('meta[name="bw-test-build"]')).toHaveCount(1);
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(page.getByLabel(DEFINITION)).toHaveValue('Kept through the update.');
    await expect(page.getByRole('button', { name: 'Reload' })).toBeHidden();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
  } finally {
    await context.close();
    await server.stop();
    await removeCopy(copy);
  }
});

test('hides the new-version prompt for the session when Later is chosen', async ({ browser }) => {
  const copy = await copyBuild(DIST);
  await buildServiceWorker(copy);
  const server = await startServer(copy);
  const context = await browser.newContext({ baseURL: server.origin });
  try {
    const page = await context.newPage();
    await visit(page, '/guide/reflect/');
    await waitForControl(page);
    await writeFile(join(copy, 'favicon.svg'), `${await readFile(join(copy, 'favicon.svg'), 'utf8')}\n`);
    await buildServiceWorker(copy);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.getByRole('button', { name: 'Later' }).click();
    await expect(page.getByRole('button', { name: 'Reload' })).toBeHidden();
    await visit(page, '/guide/plan/');

    // Another tab (its own session) is still offered the waiting version …
    const other = await context.newPage();
    await visit(other, '/guide/plan/');
    await expect(other.getByRole('button', { name: 'Reload' })).toBeVisible();
    // … while the tab that chose Later is left alone.
    await expect(page.getByRole('button', { name: 'Reload' })).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'new version' })).toHaveCount(0);
  } finally {
    await context.close();
    await server.stop();
    await removeCopy(copy);
  }
});

test('under a /workbook/ sub-path the worker registers with that scope and serves pages offline', async ({ browser }) => {
  const server = await startServer(SUBPATH_DIST, '/workbook/');
  const context = await browser.newContext({ baseURL: server.origin });
  try {
    const page = await context.newPage();
    await visit(page, '/workbook/');
    expect(await waitForControl(page)).toBe(`${server.origin}/workbook/`);
    await server.stop();
    await context.setOffline(true);
    const failed = failedRequests(page);

    await visit(page, '/workbook/guide/reflect/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Reflect');
    await visit(page, '/workbook/workbooks/');
    await expect(page.getByLabel('Name of the new workbook')).toBeVisible();
    expect(failed).toEqual([]);
  } finally {
    await context.close();
    await server.stop();
  }
});
