/**
 * Security in the built site: the Content-Security-Policy Astro emits is
 * enforced and nothing breaks it (no violation on any page or in the main
 * workflows), and no request ever leaves the page's origin.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { builtPagePaths } from '../support/built-pages';
import { createWorkbook, downloadedText, downloadFrom, visit, waitForSaved } from './workbooks-support';

/** What the page recorded: each `securitypolicyviolation` as "directive blocked-uri". */
declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/**
 * Records every CSP violation the page reports (on window, read back with
 * violationsOf) and every console error that mentions the policy.
 */
async function watchForViolations(context: BrowserContext, page: Page): Promise<string[]> {
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(`${event.effectiveDirective} ${event.blockedURI || '(inline)'} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) consoleErrors.push(message.text());
  });
  return consoleErrors;
}

/** The violations recorded on the current document. */
async function violationsOf(page: Page): Promise<string[]> {
  return page.evaluate(() => window.cspViolations ?? ['the violation recorder did not run']);
}

/** The page's Content-Security-Policy, as emitted in its <meta>. */
async function policyOf(page: Page): Promise<string> {
  return (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
}

/**
 * The main workflows, start to finish: create a workbook, fill a worksheet,
 * print a blank worksheet and the plan as PDFs, export and import the
 * workbook file, workshop mode and the plan view, with the service worker
 * running. `afterEach` runs on every document before it is left.
 */
async function runWorkflows(page: Page, afterEach: () => Promise<void>): Promise<void> {
  const id = await createWorkbook(page, 'Security check');
  await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  await afterEach();

  await visit(page, `/worksheets/what-belonging-means/?id=${id}`);
  await page.getByLabel('In one or two sentences, what belonging means at our school').fill('Every pupil has an adult to turn to.');
  await waitForSaved(page);
  await afterEach();

  await visit(page, '/worksheets/action-plan/');
  await page.getByRole('button', { name: 'PDF and printing' }).click();
  const blank = await downloadFrom(page, page.getByRole('button', { name: 'Print blank (PDF)' }));
  expect(blank.suggestedFilename()).toMatch(/-action-plan-blank-\d{4}-\d{2}-\d{2}\.pdf$/);
  await afterEach();

  await visit(page, `/workbook/?id=${id}`);
  const panel = page.getByRole('region', { name: 'Export the plan' });
  await downloadFrom(page, panel.getByRole('button', { name: 'Download the plan (PDF)' }));
  await expect(panel.getByRole('status')).toContainText(/Downloaded security-check-plan-/);
  await afterEach();

  await visit(page, '/workbooks/');
  const exported = await downloadFrom(page, page.getByRole('button', { name: 'Export ‘Security check’' }));
  const file = await downloadedText(exported);
  await page.getByRole('button', { name: 'Delete ‘Security check’' }).click();
  await expect(page.getByRole('heading', { name: 'Security check' })).toHaveCount(0);
  const chooser = page.getByLabel('Choose a workbook file (.json) to import');
  await chooser.setInputFiles({ name: 'security.belonging.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.getByRole('heading', { name: 'Security check' })).toBeFocused();
  await afterEach();

  await visit(page, `/workshop/?sheet=choosing-our-focus&id=${encodeURIComponent(id)}`);
  await expect(page.locator('.workshop-prompt__count')).toHaveText(/^Prompt 1 of \d+$/);
  await afterEach();

  await visit(page, `/workbook/plan/?id=${encodeURIComponent(id)}`);
  await expect(page.locator('article.plan')).toContainText('Every pupil has an adult to turn to.');
  await afterEach();
}

test('every page carries a strict policy and loads with no violation', async ({ context, page }) => {
  test.slow();
  const consoleErrors = await watchForViolations(context, page);
  // A stored reading preference proves the inline boot script still runs under the policy.
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('bw:reading-prefs', JSON.stringify({ font: 'dyslexic' })));
  const found: string[] = [];
  for (const path of builtPagePaths()) {
    await visit(page, path);
    await expect(page.locator('html')).toHaveAttribute('data-font', 'dyslexic');
    const policy = await policyOf(page);
    expect(policy, path).toMatch(/(^|;)\s*script-src 'self'( 'sha256-[\w+/=]+')*;/);
    expect(policy, path).toContain("object-src 'none'");
    expect(policy, path).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    found.push(...(await violationsOf(page)).map((violation) => `${path}: ${violation}`));
  }
  expect(found).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('reports a violation when an injected inline script is blocked', async ({ context, page }) => {
  // Proves the recorder works, so an empty list in the other tests means something.
  await watchForViolations(context, page);
  await visit(page, '/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.body.append(script);
  });
  await expect.poll(() => violationsOf(page)).toEqual([expect.stringMatching(/^script-src-elem \(inline\)|^script-src-elem inline/)]);
  expect(await page.evaluate(() => 'injected' in window)).toBe(false);
});

test('the main workflows run with no policy violation', async ({ context, page }) => {
  test.slow();
  const consoleErrors = await watchForViolations(context, page);
  const found: string[] = [];
  await runWorkflows(page, async () => {
    found.push(...(await violationsOf(page)).map((violation) => `${new URL(page.url()).pathname}: ${violation}`));
  });
  expect(found).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('no request leaves the page’s origin, on any page or in the main workflows', async ({ context, page, baseURL }) => {
  test.slow();
  const origin = new URL(baseURL ?? '').origin;
  const requested: string[] = [];
  // The context sees the service worker's requests as well as the page's.
  context.on('request', (request) => requested.push(request.url()));
  for (const path of builtPagePaths()) await visit(page, path);
  await runWorkflows(page, async () => {
    await page.waitForLoadState('networkidle');
  });
  const offsite = requested.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
  expect(requested.length).toBeGreaterThan(builtPagePaths().length);
  expect(requested.some((url) => url.endsWith('.ttf'))).toBe(true);
  expect(offsite).toEqual([]);
});
