/**
 * Helpers for the worksheet browser tests: open a worksheet of a workbook,
 * operate controls by keyboard only (focus, then keys), reload once the
 * autosave has finished, and fill the worksheets other worksheets draw on.
 * Builds on workbooks-support.ts (createWorkbook, waitForSaved).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { waitForSaved } from './workbooks-support';

/**
 * Goes to a page (or reloads it) and waits until the islands that load at
 * once have hydrated. Unlike `visit`, islands that wait to be scrolled into
 * view (such as the PDF export panel under a long worksheet) are not awaited.
 */
export async function arrive(page: Page, path?: string): Promise<void> {
  if (path === undefined) await page.reload();
  else await page.goto(path);
  await expect(page.locator('astro-island[ssr][client="load"]')).toHaveCount(0);
}

/** The worksheet form, once the workbook is open and its fields are drawn. */
export function worksheetForm(page: Page): Locator {
  return page.locator('form.worksheet');
}

/** Opens a worksheet for a workbook (and, optionally, a closed cycle) and waits for its fields. */
export async function openWorksheet(page: Page, sheetId: string, workbookId: string, cycleId?: string): Promise<void> {
  const cycle = cycleId ? `&cycle=${encodeURIComponent(cycleId)}` : '';
  await arrive(page, `/worksheets/${sheetId}/?id=${encodeURIComponent(workbookId)}${cycle}`);
  await expect(worksheetForm(page)).toBeVisible();
}

/** Waits for "Saved", reloads the page and waits for the worksheet's fields again. */
export async function reloadWhenSaved(page: Page): Promise<void> {
  await waitForSaved(page);
  await arrive(page);
  await expect(worksheetForm(page)).toBeVisible();
}

/** Focuses a control and presses one key on it. */
export async function pressOn(control: Locator, key: string): Promise<void> {
  await control.focus();
  await control.page().keyboard.press(key);
}

/** Focuses a text box and types into it, key by key. */
export async function typeInto(box: Locator, text: string): Promise<void> {
  await box.focus();
  await box.page().keyboard.type(text);
}

/** Focuses a text box, selects what is in it and types over it. */
export async function retype(box: Locator, text: string): Promise<void> {
  await box.focus();
  await box.page().keyboard.press('ControlOrMeta+A');
  await box.page().keyboard.type(text);
}

/** Picks an option of a closed <select> with the arrow keys, by its visible words. */
export async function chooseByKeyboard(select: Locator, label: string): Promise<void> {
  const { labels, current } = await select.evaluate((element: HTMLSelectElement) => ({
    labels: [...element.options].map((option) => option.text.trim()),
    current: element.selectedIndex,
  }));
  const wanted = labels.indexOf(label);
  if (wanted < 0) throw new Error(`No option “${label}” in this select; it offers: ${labels.join(', ')}`);
  await select.focus();
  const key = wanted > current ? 'ArrowDown' : 'ArrowUp';
  for (let step = 0; step < Math.abs(wanted - current); step += 1) await select.page().keyboard.press(key);
  await expect(select.locator('option:checked')).toHaveText(label);
}

/**
 * Types a date (YYYY-MM-DD) into a date input segment by segment. The
 * system Chromium shows month/day/year; a day/month/year browser is handled too.
 */
export async function typeDate(input: Locator, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  const keyboard = input.page().keyboard;
  await input.focus();
  await keyboard.type(`${month}${day}${year}`);
  if ((await input.inputValue()) === iso) return;
  // Another segment order: empty each segment, then type day, month, year.
  await input.focus();
  for (let segment = 0; segment < 3; segment += 1) {
    await keyboard.press('Backspace');
    await keyboard.press('ArrowRight');
  }
  await input.focus();
  await keyboard.type(`${day}${month}${year}`);
  await expect(input).toHaveValue(iso);
}

/** Adds candidate priorities on Choosing our focus by keyboard: Enter on "Add idea", then Enter after each. */
export async function addCandidates(page: Page, texts: readonly string[]): Promise<void> {
  const list = page.getByRole('group', { name: 'Candidate priorities' });
  const before = await list.getByRole('textbox').count();
  await pressOn(page.getByRole('button', { name: 'Add idea' }), 'Enter');
  for (const [index, text] of texts.entries()) {
    const box = page.getByRole('textbox', { name: `idea ${before + index + 1}`, exact: true });
    await expect(box).toBeFocused();
    await page.keyboard.type(text);
    // Enter in the last box adds the next one.
    if (index < texts.length - 1) await page.keyboard.press('Enter');
  }
}

/** Ticks live priorities on Choosing our focus with Space. */
export async function choosePriorities(page: Page, texts: readonly string[]): Promise<void> {
  const group = page.getByRole('group', { name: 'Our live priorities' });
  for (const text of texts) {
    const box = group.getByRole('checkbox', { name: text, exact: true });
    await pressOn(box, 'Space');
    await expect(box).toBeChecked();
  }
}

/** One action for the Action plan. */
export interface ActionRow {
  action: string;
  priority?: string;
  due?: string;
  status?: string;
}

/** Adds a row to the Action plan by keyboard and fills the cells given. */
export async function addAction(page: Page, row: ActionRow): Promise<void> {
  const table = page.getByRole('group', { name: 'Our actions' });
  const position = (await table.locator('tbody tr').count()) + 1;
  await pressOn(page.getByRole('button', { name: 'Add action', exact: true }), 'Enter');
  const actionBox = page.getByRole('textbox', { name: `Action for action ${position}`, exact: true });
  await expect(actionBox).toBeFocused();
  await page.keyboard.type(row.action);
  const cell = (column: string) => page.getByLabel(`${column} for action ${position}: ${row.action}`, { exact: true });
  if (row.priority) await chooseByKeyboard(cell('Priority'), row.priority);
  if (row.due) await typeDate(cell('Due'), row.due);
  if (row.status) await chooseByKeyboard(cell('Status'), row.status);
}

/** One indicator for How we'll know. */
export interface IndicatorInput {
  name: string;
  kind?: string;
  source?: string;
  baseline?: string;
  baselineDate?: string;
  target?: string;
}

/** Adds an indicator on How we'll know by keyboard; returns its 1-based number. */
export async function defineIndicator(page: Page, indicator: IndicatorInput): Promise<number> {
  const field = page.getByRole('group', { name: 'Our indicators' });
  const number = (await field.getByRole('button', { name: /^Remove indicator/ }).count()) + 1;
  await pressOn(page.getByRole('button', { name: 'Add an indicator' }), 'Enter');
  const name = page.getByLabel(`What we will measure for indicator ${number}`, { exact: true });
  await expect(name).toBeFocused();
  await page.keyboard.type(indicator.name);
  const box = (label: string) => page.getByLabel(`${label} for indicator ${number}`, { exact: true });
  if (indicator.kind) await chooseByKeyboard(box('Kind'), indicator.kind);
  if (indicator.source) await typeInto(box('Where the number comes from'), indicator.source);
  if (indicator.baseline) await typeInto(box('Baseline'), indicator.baseline);
  if (indicator.baselineDate) await typeDate(box('Baseline taken on'), indicator.baselineDate);
  if (indicator.target) await typeInto(box('Target'), indicator.target);
  return number;
}

/** Adds a pulse group by keyboard and types its counts: per statement, one count per scale point. */
export async function tallyGroup(page: Page, fieldLabel: string, name: string, counts: Record<string, readonly number[]>, scale: readonly string[]): Promise<void> {
  const field = page.getByRole('group', { name: fieldLabel, exact: true });
  const number = (await field.getByRole('button', { name: /^Remove this group/ }).count()) + 1;
  await pressOn(field.getByRole('button', { name: 'Add a group' }), 'Enter');
  const nameBox = field.getByLabel(`Group name for group ${number}`, { exact: true });
  await expect(nameBox).toBeFocused();
  await page.keyboard.type(name);
  for (const [statement, row] of Object.entries(counts)) {
    for (const [point, count] of row.entries()) {
      if (count === 0) continue;
      const box = field.getByRole('spinbutton', { name: `${statement}: number who answered ${scale[point] ?? ''}`, exact: true }).nth(number - 1);
      await retype(box, String(count));
    }
  }
}
