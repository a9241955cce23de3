import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { QUARANTINE_PREFIX, workbookKey } from '../../src/storage/keys';
import { createWorkbook, downloadFrom, downloadedText, saveStatus, schoolName, visit, waitForSaved } from './workbooks-support';
import { openWorksheet, reloadWhenSaved, typeInto } from './worksheets-support';
import { buildServiceWorker, copyBuild, removeCopy, startServer, waitForControl } from './offline-support';
import {
  expectStoredAnswer,
  fillStorageAfterFirstSave,
  freeStorage,
  pageErrors,
  readStored,
  storedAnswer,
  storedKeys,
  storedWorkbook,
  typeFor,
  writeStored,
} from './faults-support';

/**
 * Faults a browser can throw at saved work. Every test ends by checking that
 * no saved answer was lost, both through the page (reloaded and read back)
 * and in IndexedDB itself, and that no uncaught error reached the page.
 */
const DIST = process.env.TEST_DIST ?? 'dist';
const SHEET = 'what-belonging-means';
const FIELD = 'our-definition';
const DEFINITION = 'In one or two sentences, what belonging means at our school';

test('says storage is full, keeps everything typed, and saves it all once storage works again', async ({ page }) => {
  const errors = pageErrors(page);
  const id = await createWorkbook(page, 'Full disk');
  await fillStorageAfterFirstSave(page);
  await openWorksheet(page, SHEET, id);
  const box = page.getByLabel(DEFINITION);
  // One input event, so the first (and only allowed) save holds all of it.
  await box.fill('Saved first.');
  await waitForSaved(page);
  await expectStoredAnswer(page, id, SHEET, FIELD, 'Saved first.');

  await typeInto(box, ' Typed while full.');
  await expect(saveStatus(page)).toContainText('Not saved — storage is full.');
  await expect(saveStatus(page)).toContainText('Your answers are still on this page.');
  await expect(box).toHaveValue('Saved first. Typed while full.');
  expect(await storedAnswer(page, id, SHEET, FIELD)).toBe('Saved first.');

  await freeStorage(page);
  await typeInto(box, ' Then saved.');
  await waitForSaved(page);
  const all = 'Saved first. Typed while full. Then saved.';
  await expectStoredAnswer(page, id, SHEET, FIELD, all);
  await reloadWhenSaved(page);
  await expect(page.getByLabel(DEFINITION)).toHaveValue(all);
  expect(errors).toEqual([]);
});

test('warns when there is no IndexedDB, still takes typing, and still exports it', async ({ page }) => {
  const errors = pageErrors(page);
  await page.addInitScript(() => {
    delete (window as { indexedDB?: IDBFactory }).indexedDB;
  });
  await visit(page, '/workbooks/');
  expect(await page.evaluate(() => 'indexedDB' in window)).toBe(false);
  await expect(page.getByText('this browser is not letting the workbook save')).toBeVisible();
  const id = await createWorkbook(page, 'No database');
  await expect(page.getByText('your work will be lost when this tab closes unless you export it')).toBeVisible();
  await typeInto(schoolName(page), 'Hazel School');
  await openWorksheet(page, SHEET, id);
  await typeInto(page.getByLabel(DEFINITION), 'Typed with no database.');
  await reloadWhenSaved(page);
  await expect(page.getByLabel(DEFINITION)).toHaveValue('Typed with no database.');

  await visit(page, `/workbook/?id=${id}`);
  await expect(schoolName(page)).toHaveValue('Hazel School');
  const download = await downloadFrom(page, page.getByRole('button', { name: /^Export to a file\W+‘No database’/ }).first());
  const text = await downloadedText(download);
  expect(() => JSON.parse(text) as unknown).not.toThrow();
  expect(text).toContain('Hazel School');
  expect(text).toContain('Typed with no database.');
  expect(await page.evaluate(() => 'indexedDB' in window)).toBe(false);
  expect(errors).toEqual([]);
});

test('keeps an answer when the page is closed 100 ms after the last keystroke', async ({ context }) => {
  const page = await context.newPage();
  const errors = pageErrors(page);
  const id = await createWorkbook(page, 'Closed quickly');
  await openWorksheet(page, SHEET, id);
  await typeInto(page.getByLabel(DEFINITION), 'Closed a moment after typing.');
  await page.waitForTimeout(100);
  await page.close({ runBeforeUnload: true });

  const reopened = await context.newPage();
  errors.push(...pageErrors(reopened));
  await openWorksheet(reopened, SHEET, id);
  await expect(reopened.getByLabel(DEFINITION)).toHaveValue('Closed a moment after typing.');
  await expectStoredAnswer(reopened, id, SHEET, FIELD, 'Closed a moment after typing.');
  await reloadWhenSaved(reopened);
  await expect(reopened.getByLabel(DEFINITION)).toHaveValue('Closed a moment after typing.');
  expect(errors).toEqual([]);
});

test('keeps both tabs’ text when two tabs type into different fields for ten seconds', async ({ context }) => {
  test.setTimeout(60_000);
  const first = await context.newPage();
  const errors = pageErrors(first);
  const id = await createWorkbook(first, 'Two typists');
  const second = await context.newPage();
  errors.push(...pageErrors(second));
  await openWorksheet(first, SHEET, id);
  await openWorksheet(second, 'looking-back', id);
  const learned = second.getByLabel('What we learned');

  const [typedFirst, typedSecond] = await Promise.all([
    typeFor(first.getByLabel(DEFINITION), 'a', 10_000),
    typeFor(learned, 'b', 10_000),
  ]);
  expect(typedFirst.length).toBeGreaterThan(50);
  expect(typedSecond.length).toBeGreaterThan(50);
  await expect(first.getByLabel(DEFINITION)).toHaveValue(typedFirst);
  await expect(learned).toHaveValue(typedSecond);
  await waitForSaved(first);
  await waitForSaved(second);

  await expectStoredAnswer(first, id, SHEET, FIELD, typedFirst);
  await expectStoredAnswer(first, id, 'looking-back', 'learned', typedSecond);
  const third = await context.newPage();
  errors.push(...pageErrors(third));
  await openWorksheet(third, SHEET, id);
  await expect(third.getByLabel(DEFINITION)).toHaveValue(typedFirst);
  await openWorksheet(third, 'looking-back', id);
  await expect(third.getByLabel('What we learned')).toHaveValue(typedSecond);
  expect(errors).toEqual([]);
});

test('says in words when a stored record is corrupt, keeps it aside to export, and leaves other workbooks alone', async ({ page }) => {
  const errors = pageErrors(page);
  const intact = await createWorkbook(page, 'Intact plan');
  await typeInto(schoolName(page), 'Oak School');
  await waitForSaved(page);
  const intactBefore = await storedWorkbook(page, intact);
  const broken = await createWorkbook(page, 'Broken plan');
  const garbage = { schemaVersion: 1, id: broken, title: 12345, cycles: 'not a list of cycles', junk: '\u0000\uFFFF' };
  await writeStored(page, workbookKey(broken), garbage);

  await visit(page, `/workbook/?id=${broken}`);
  await expect(page.getByRole('heading', { level: 1, name: 'This workbook could not be opened' })).toBeVisible();
  await expect(page.getByText('The field ‘cycles’ should be a list, not text')).toBeVisible();

  await visit(page, '/workbooks/');
  await expect(page.getByRole('heading', { name: 'Records that need attention' })).toBeVisible();
  await expect(page.getByText(`A workbook that cannot be opened (id ${broken})`)).toBeVisible();
  const exported = await downloadFrom(page, page.getByRole('button', { name: `Export the raw record of workbook ${broken}` }));
  expect(JSON.parse(await downloadedText(exported))).toEqual(garbage);
  await expect(page.getByRole('button', { name: /^Export the raw record kept aside on/ }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Intact plan' })).toBeVisible();

  expect(await readStored(page, workbookKey(broken))).toEqual(garbage);
  const asideKeys = (await storedKeys(page)).filter((key) => key.startsWith(`${QUARANTINE_PREFIX}${broken}:`));
  expect(asideKeys.length).toBeGreaterThan(0);
  expect(((await readStored(page, asideKeys[0] ?? '')) as { raw?: unknown }).raw).toEqual(garbage);
  expect(await storedWorkbook(page, intact)).toEqual(intactBefore);
  await visit(page, `/workbook/?id=${intact}`);
  await expect(schoolName(page)).toHaveValue('Oak School');
  expect(errors).toEqual([]);
});

test('opens a database written by format version 1 and keeps all its answers', async ({ page }) => {
  const errors = pageErrors(page);
  const fixture = JSON.parse(await readFile('tests/fixtures/workbook-v1.json', 'utf8')) as {
    id: string;
    title: string;
    setup: { schoolName: string };
    cycles: { answers: unknown }[];
  };
  await visit(page, '/workbooks/');
  await writeStored(page, workbookKey(fixture.id), fixture);
  await visit(page);
  await page.getByRole('link', { name: `Open ‘${fixture.title}’` }).click();
  await expect(page.getByRole('heading', { level: 1, name: fixture.title })).toBeVisible();
  await expect(schoolName(page)).toHaveValue(fixture.setup.schoolName);
  await openWorksheet(page, 'our-team-and-scope', fixture.id);
  await expect(page.getByLabel('School name', { exact: true })).toHaveValue(fixture.setup.schoolName);

  // An edit saves over the old record without dropping anything it held.
  await visit(page, `/workbook/?id=${fixture.id}`);
  await typeInto(schoolName(page), ' (edited)');
  await waitForSaved(page);
  const stored = await storedWorkbook(page, fixture.id);
  expect(stored?.setup.schoolName).toBe(`${fixture.setup.schoolName} (edited)`);
  expect(stored?.cycles.map((cycle) => cycle.answers)).toEqual(fixture.cycles.map((cycle) => cycle.answers));
  await visit(page);
  await expect(schoolName(page)).toHaveValue(`${fixture.setup.schoolName} (edited)`);
  expect(errors).toEqual([]);
});

test('keeps the typed answer when the service worker updates mid-edit', async ({ browser }) => {
  const copy = await copyBuild(DIST);
  await buildServiceWorker(copy);
  const server = await startServer(copy);
  const context = await browser.newContext({ baseURL: server.origin });
  try {
    const page = await context.newPage();
    const errors = pageErrors(page);
    const id = await createWorkbook(page, 'Mid-edit update');
    await openWorksheet(page, SHEET, id);
    await waitForControl(page);
    const box = page.getByLabel(DEFINITION);
    await typeInto(box, 'Before the update.');

    const sheet = join(copy, 'worksheets', SHEET, 'index.html');
    await writeFile(sheet, (await readFile(sheet, 'utf8')).replace('</head>', '<meta name="bw-test-build" content="second"></head>'));
    await buildServiceWorker(copy);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
    // Still typing when the new version arrives, then Reload at once, inside the save delay.
    await typeInto(box, ' Still typing.');
    await page.getByRole('button', { name: 'Reload' }).click();

    await expect(page.locator('meta[name="bw-test-build"]')).toHaveCount(1);
    await expect(page.locator('astro-island[ssr][client="load"]')).toHaveCount(0);
    await expect(page.getByLabel(DEFINITION)).toHaveValue('Before the update. Still typing.');
    await expectStoredAnswer(page, id, SHEET, FIELD, 'Before the update. Still typing.');
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    await server.stop();
    await removeCopy(copy);
  }
});
