/**
 * Workshop mode, by keyboard alone: prompts, shortcuts, think alone then
 * reveal, dot voting, the parking lot, answers kept in the workbook, the
 * timer under Playwright's clock, and axe in the main states.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pressOn } from './worksheets-support';
import { createWorkbook, visit, waitForSaved } from './workbooks-support';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Axe violations as readable lines. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Opens workshop mode on a worksheet and waits for its first prompt. */
async function openWorkshop(page: Page, sheet: string, id: string): Promise<void> {
  await visit(page, `/workshop/?sheet=${sheet}&id=${encodeURIComponent(id)}`);
  await expect(page.locator('.workshop-prompt__count')).toBeVisible();
}

/** The "Prompt n of m" line. */
const promptCount = (page: Page) => page.locator('.workshop-prompt__count');

/** Adds a list item by keyboard: "Add idea", then type into the new box. */
async function addIdea(page: Page, position: number, text: string): Promise<void> {
  await pressOn(page.getByRole('button', { name: 'Add idea' }), 'Enter');
  const box = page.getByRole('textbox', { name: `idea ${position}`, exact: true });
  await expect(box).toBeFocused();
  await page.keyboard.type(text);
}

test('runs a session by keyboard alone and keeps every answer in the workbook', async ({ page }) => {
  const id = await createWorkbook(page, 'Workshop by keyboard');
  await openWorkshop(page, 'choosing-our-focus', id);
  await expect(page.getByRole('heading', { level: 1, name: 'Candidate priorities' })).toBeVisible();
  await expect(promptCount(page)).toHaveText('Prompt 1 of 5');

  // Typing N or P in a text box types the letter: it never moves the prompt.
  await addIdea(page, 1, 'Nurture a quiet space at lunch');
  await addIdea(page, 2, 'A calmer start to the day');
  await expect(promptCount(page)).toHaveText('Prompt 1 of 5');

  // Think alone: entries hidden, own idea added through one box, then R reveals.
  await pressOn(page.getByRole('button', { name: 'Think alone, then share' }), 'Enter');
  await expect(page.locator('.workshop-think__status')).toContainText('2 entries hidden');
  await expect(page.getByRole('textbox', { name: 'idea 1', exact: true })).toHaveCount(0);
  await expect(page.getByLabel('Your idea')).toBeFocused();
  await page.keyboard.type('Later start on Mondays');
  await page.keyboard.press('Enter');
  await expect(page.locator('.workshop-think__status')).toContainText('3 entries hidden');
  await expect(page.getByText('Later start on Mondays')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add idea' })).toBeFocused();
  await page.keyboard.press('r');
  await expect(page.getByRole('textbox', { name: 'idea 3', exact: true })).toHaveValue('Later start on Mondays');

  // Shortcuts move between prompts.
  await page.getByRole('button', { name: 'Next prompt' }).focus();
  await page.keyboard.press('n');
  await expect(promptCount(page)).toHaveText('Prompt 2 of 5');
  await page.keyboard.press('PageDown');
  await expect(promptCount(page)).toHaveText('Prompt 3 of 5');
  await expect(page.getByRole('heading', { level: 1, name: 'Dot vote' })).toBeVisible();

  // Dot vote with + and −.
  // Each press is checked before the next, as a person would see the total change.
  const total = page.locator('.dots__row', { hasText: 'A calmer start to the day' }).locator('.dots__total');
  await pressOn(page.getByRole('button', { name: 'Add a dot to A calmer start to the day' }), 'Enter');
  await expect(total).toHaveText('1 dot');
  await page.keyboard.press('Enter');
  await expect(total).toHaveText('2 dots');
  await pressOn(page.getByRole('button', { name: 'Remove a dot from A calmer start to the day' }), 'Enter');
  await expect(total).toHaveText('1 dot');
  await expect(page.locator('.dots__ranks')).toHaveText('1 dot: A calmer start to the day');

  // Park an idea.
  await pressOn(page.locator('summary', { hasText: 'Parking lot' }), 'Enter');
  const park = page.getByLabel('Park an idea');
  await park.focus();
  await page.keyboard.type('Review the homework policy next year');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Parked idea 1' })).toHaveValue('Review the homework policy next year');
  await expect(page.locator('summary', { hasText: 'Parking lot' })).toHaveText('Parking lot (1)');

  await page.getByRole('button', { name: 'Previous prompt' }).focus();
  await page.keyboard.press('p');
  await expect(promptCount(page)).toHaveText('Prompt 2 of 5');
  await page.keyboard.press('PageUp');
  await expect(promptCount(page)).toHaveText('Prompt 1 of 5');

  await waitForSaved(page);
  await visit(page);
  await expect(page.getByRole('textbox', { name: 'idea 3', exact: true })).toHaveValue('Later start on Mondays');
  await pressOn(page.locator('summary', { hasText: 'Parking lot' }), 'Enter');
  await expect(page.getByRole('textbox', { name: 'Parked idea 1' })).toHaveValue('Review the homework policy next year');

  // The same answers on the ordinary worksheet page.
  await visit(page, `/worksheets/choosing-our-focus/?id=${encodeURIComponent(id)}`);
  await expect(page.getByRole('textbox', { name: 'idea 1', exact: true })).toHaveValue('Nurture a quiet space at lunch');
  await expect(page.getByRole('textbox', { name: 'idea 3', exact: true })).toHaveValue('Later start on Mondays');
  await expect(page.locator('.dots__ranks')).toHaveText('1 dot: A calmer start to the day');
  await expect(page.getByRole('link', { name: 'Present in workshop mode' })).toBeVisible();
});

test('summarises the session for printing or download', async ({ page }) => {
  const id = await createWorkbook(page, 'Workshop summary');
  await openWorkshop(page, 'choosing-our-focus', id);
  await addIdea(page, 1, 'Quieter corridors');
  await waitForSaved(page);
  await pressOn(page.getByRole('button', { name: 'End-of-session summary' }), 'Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop summary' })).toBeVisible();
  await expect(page.locator('.workshop-summary')).toContainText('Candidate priorities');
  await expect(page.locator('.workshop-summary')).toContainText('Quieter corridors');
  const waiting = page.waitForEvent('download');
  await pressOn(page.getByRole('button', { name: 'Download the summary as text' }), 'Enter');
  const text = await (await waiting).path().then((path) => import('node:fs/promises').then((fs) => fs.readFile(path, 'utf8')));
  expect(text).toContain('Choosing our focus');
  expect(text).toContain('- Quieter corridors');
  expect(await violations(page)).toEqual([]);
});

test('counts down correctly under a controlled clock and ends without sound or flashing', async ({ page }) => {
  await page.clock.install();
  const id = await createWorkbook(page, 'Workshop timer');
  await openWorkshop(page, 'what-belonging-means', id);
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  const clock = page.getByRole('timer');
  const said = page.locator('.workshop-timer [aria-live="polite"]');
  await pressOn(page.getByRole('button', { name: '2 min' }), 'Enter');
  await expect(clock).toHaveText('2:00');
  await pressOn(page.getByRole('button', { name: 'Start the timer' }), 'Enter');
  await expect(said).toHaveText('Timer started: 2 minutes left.');
  await page.clock.runFor(60_000);
  await expect(clock).toHaveText('1:00');
  await expect(said).toHaveText('1 minute left.');
  await page.clock.runFor(30_000);
  await expect(clock).toHaveText('0:30');
  await expect(said).toHaveText('1 minute left.');
  // T pauses and resumes, away from any text box.
  await page.keyboard.press('t');
  await page.clock.runFor(10_000);
  await expect(clock).toHaveText('0:30');
  await page.keyboard.press('t');
  await page.clock.runFor(31_000);
  await expect(clock).toHaveText('Time is up');
  await expect(said).toHaveText('Time is up.');
  await expect(page.locator('.workshop-timer')).toHaveClass(/workshop-timer--done/);
  // axe waits on timers of its own: let time run again before checking the finished panel.
  await page.clock.resume();
  expect(await violations(page)).toEqual([]);
});

test('has no WCAG 2.2 A/AA violations in its main states', async ({ page }) => {
  const id = await createWorkbook(page, 'Workshop axe');
  await openWorkshop(page, 'choosing-our-focus', id);
  await addIdea(page, 1, 'A calmer start');
  expect(await violations(page)).toEqual([]);
  await pressOn(page.getByRole('button', { name: 'Think alone, then share' }), 'Enter');
  await expect(page.getByLabel('Your idea')).toBeFocused();
  expect(await violations(page)).toEqual([]);
  await pressOn(page.getByRole('button', { name: 'Reveal' }), 'Enter');
  await page.getByRole('button', { name: 'Next prompt' }).focus();
  await page.keyboard.press('n');
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { level: 1, name: 'Dot vote' })).toBeVisible();
  for (const panel of ['Agenda', 'Parking lot', 'Keyboard shortcuts']) await pressOn(page.locator('summary', { hasText: panel }), 'Enter');
  await page.getByLabel('Workshop plan').selectOption('ninety');
  await expect(page.locator('.workshop-agenda [aria-current="step"]')).toContainText('Now:');
  await expect(page.getByText('Start or pause the timer')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('follows the agenda: choosing a step opens its worksheet', async ({ page }) => {
  const id = await createWorkbook(page, 'Workshop agenda');
  await openWorkshop(page, 'what-belonging-means', id);
  await pressOn(page.locator('summary', { hasText: 'Agenda' }), 'Enter');
  const plan = page.getByLabel('Workshop plan');
  await plan.focus();
  await plan.selectOption('session-2');
  await expect(page.locator('.workshop-agenda [aria-current="step"]')).toContainText('Recap and ground rules');
  await pressOn(page.getByRole('button', { name: 'Next step' }), 'Enter');
  await expect(page.locator('.workshop-agenda [aria-current="step"]')).toContainText('What pupils, families and staff have told us');
  await expect(page.locator('.workshop-prompt__sheet')).toHaveText('Voices we heard');
  await pressOn(page.getByRole('button', { name: /Agree up to three priorities; park the rest/ }), 'Enter');
  await expect(page.locator('.workshop-prompt__sheet')).toHaveText('Choosing our focus');
  await expect(page.getByRole('heading', { level: 1, name: 'Our live priorities' })).toBeVisible();
  await expect(page).toHaveURL(/sheet=choosing-our-focus/);
  // The step is remembered for this tab.
  await visit(page);
  await expect(page.locator('.workshop-agenda [aria-current="step"]')).toContainText('Agree up to three priorities');
});
