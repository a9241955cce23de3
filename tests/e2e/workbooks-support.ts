/**
 * Helpers for the workbook and saving browser tests: create a workbook through
 * the page, read the save status, and read an exported file.
 */
import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** Goes to a page (or reloads it) and waits until its islands have hydrated. */
export async function visit(page: Page, path?: string): Promise<void> {
  if (path === undefined) await page.reload();
  else await page.goto(path);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** Creates a workbook on "My workbooks" and waits for its page; returns its id. */
export async function createWorkbook(page: Page, title: string): Promise<string> {
  await visit(page, '/workbooks/');
  await page.getByLabel('Name of the new workbook').fill(title);
  await page.getByRole('button', { name: 'Create a workbook' }).click();
  await page.waitForURL(/\/workbook\/\?id=/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const id = new URL(page.url()).searchParams.get('id');
  if (!id) throw new Error('The workbook page has no id in its address.');
  return id;
}

/** The save indicator's status region. */
export function saveStatus(page: Page): Locator {
  return page.locator('.save-status__text');
}

/** Waits until the indicator says a save has finished ("Saved at 14:05"). */
export async function waitForSaved(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveText(/^Saved at \d\d:\d\d/);
}

/** The school name field on the workbook page. */
export function schoolName(page: Page): Locator {
  return page.getByLabel('School name (optional)');
}

/** The text of a downloaded file. */
export async function downloadedText(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, 'utf8');
}

/** Clicks a control and returns the download it starts. */
export async function downloadFrom(page: Page, control: Locator): Promise<Download> {
  const waiting = page.waitForEvent('download');
  await control.click();
  return waiting;
}
