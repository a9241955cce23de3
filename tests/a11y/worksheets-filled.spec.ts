/**
 * Axe on every worksheet page with a workbook open and answers in it: tables
 * with rows, the priority matrix, dot votes, priorities, indicators with
 * follow-ups, pulse groups (one too small to show), planning-approach
 * questions, and an overdue action. Also the workbook page with that
 * workbook, and a finished cycle's read-only worksheets. (The empty pages,
 * with no workbook open, are covered by every-page.spec.ts.)
 *
 * Each worker fills one workbook in its own browser context before its
 * tests, and then checks pages of it.
 */
import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { builtPagePaths } from '../support/built-pages';
import { createWorkbook, waitForSaved } from '../e2e/workbooks-support';
import {
  addAction,
  addCandidates,
  arrive,
  chooseByKeyboard,
  choosePriorities,
  defineIndicator,
  openWorksheet,
  pressOn,
  tallyGroup,
  typeDate,
} from '../e2e/worksheets-support';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Axe violations as short readable lines, so a failure says what to fix. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Every worksheet id, from the built pages. */
const SHEETS = builtPagePaths()
  .filter((path) => /^\/worksheets\/[^/]+\/$/.test(path))
  .map((path) => path.split('/')[2] ?? '');

/** Adds a row to a table by its "Add …" button and fills its first box. */
async function addRow(page: Page, button: string, firstBox: string, text: string): Promise<void> {
  await pressOn(page.getByRole('button', { name: button, exact: true }), 'Enter');
  const box = page.getByLabel(firstBox, { exact: true });
  await expect(box).toBeFocused();
  await box.fill(text);
}

/** Picks an option in the select whose accessible name starts with `label`. */
async function pick(page: Page, label: string, option: string): Promise<void> {
  await chooseByKeyboard(page.getByLabel(new RegExp(`^${label.replace(/[().?]/g, '\\$&')}`)).first(), option);
}

/** Fills one workbook with answers on every worksheet; returns its id. */
async function fillWorkbook(page: Page): Promise<string> {
  const id = await createWorkbook(page, 'Filled for axe');

  await openWorksheet(page, 'our-team-and-scope', id);
  await pressOn(page.getByRole('radio', { name: 'Mainstream school' }), 'Space');
  await pressOn(page.getByRole('radio', { name: 'Primary' }), 'Space');
  await pressOn(page.getByRole('checkbox', { name: 'Break and lunchtime' }), 'Space');
  await pressOn(page.getByRole('checkbox', { name: 'Committing to inclusion-as-belonging' }), 'Space');
  await pressOn(page.getByRole('checkbox', { name: 'Committing to be a neurodiversity-affirmative school' }), 'Space');
  await addRow(page, 'Add team member', 'Name (optional) for team member 1', 'Sam');
  await page.getByLabel('Role for team member 1: Sam', { exact: true }).fill('SENCo');
  await typeDate(page.getByLabel('Review date'), '2026-07-06');
  await waitForSaved(page);

  await openWorksheet(page, 'what-belonging-means', id);
  await page.getByLabel('Looks like for group 1: Pupils', { exact: true }).fill('Pupils chatting with adults at the door.');
  await page.getByLabel('In one or two sentences, what belonging means at our school').fill('Everyone is expected and welcomed.');
  await waitForSaved(page);

  await openWorksheet(page, 'policy-audit', id);
  await pick(page, 'Inclusion as belonging for policy area 1', 'In progress');
  await page.getByLabel('Our evidence for policy area 1: Behaviour', { exact: true }).fill('Staff survey, autumn term.');
  await waitForSaved(page);

  await openWorksheet(page, 'voices-we-heard', id);
  await pressOn(page.getByRole('button', { name: 'Add thing we heard', exact: true }), 'Enter');
  await pick(page, 'Who told us for thing we heard 1', 'Pupils');
  await pick(page, 'How we heard it for thing we heard 1', 'Survey');
  await page.getByLabel(/^What we heard for thing we heard 1/).fill('Several Year 5 pupils said the lunch queue is stressful.');
  await page.getByLabel(/^Theme for thing we heard 1/).fill('noise');
  await waitForSaved(page);

  await openWorksheet(page, 'strengths-and-barriers', id);
  await pressOn(page.getByRole('button', { name: 'Add strength or barrier', exact: true }), 'Enter');
  await pick(page, 'Strength or barrier for strength or barrier 1', 'Barrier');
  await page.getByLabel(/^What it is for strength or barrier 1/).fill('The hall is very loud at lunch.');
  await pick(page, 'Area of practice for strength or barrier 1', 'Behaviour and inclusion');
  await waitForSaved(page);

  await openWorksheet(page, 'choosing-our-focus', id);
  await addCandidates(page, ['Calmer mornings', 'Quiet room at lunch', 'Buddy bench']);
  await chooseByKeyboard(page.getByLabel('Impact for Calmer mornings'), 'High');
  await chooseByKeyboard(page.getByLabel('Effort for Calmer mornings'), 'Low');
  await chooseByKeyboard(page.getByLabel('Impact for Quiet room at lunch'), 'Medium');
  await chooseByKeyboard(page.getByLabel('Effort for Quiet room at lunch'), 'High');
  await chooseByKeyboard(page.getByLabel('Impact for Buddy bench'), 'Low');
  await pressOn(page.getByRole('button', { name: 'Add a dot to Calmer mornings' }), 'Enter');
  await page.keyboard.press('Enter');
  await pressOn(page.getByRole('button', { name: 'Add a dot to Buddy bench' }), 'Enter');
  await choosePriorities(page, ['Calmer mornings', 'Quiet room at lunch']);
  await page.getByLabel('What we are parking for now, and why').fill('The buddy bench, until the playground is resurfaced.');
  await waitForSaved(page);

  await openWorksheet(page, 'our-goal', id);
  await page.getByLabel('Goal for priority 1: Calmer mornings', { exact: true }).fill('Every pupil starts the day calm and welcomed.');
  await waitForSaved(page);

  await openWorksheet(page, 'action-plan', id);
  await addAction(page, { action: 'Open classrooms from 8:40', priority: 'Calmer mornings', due: '2025-01-31', status: 'On track' });
  await page.getByLabel('Lead for action 1: Open classrooms from 8:40', { exact: true }).fill('Sam (SENCo)');
  await addAction(page, { action: 'Quiet corner in the hall', priority: 'Quiet room at lunch', due: '2099-03-20', status: 'Done' });
  await waitForSaved(page);

  await openWorksheet(page, 'involving-people', id);
  await pressOn(page.getByRole('button', { name: 'Add group', exact: true }), 'Enter');
  await page.getByLabel('Who for group 1', { exact: true }).fill('Year 5 pupils’ council');
  await pick(page, 'How for group 1', 'Pupil council');
  await page.getByLabel('How we will tell staff').fill('At the Monday briefing, with cover staff included.');
  await waitForSaved(page);

  await openWorksheet(page, 'risks-and-support', id);
  await pressOn(page.getByRole('button', { name: 'Add risk', exact: true }), 'Enter');
  await page.getByLabel('Risk for risk 1', { exact: true }).fill('Staff absence');
  await pick(page, 'How likely for risk 1', 'Medium');
  await pressOn(page.getByRole('button', { name: 'Add request', exact: true }), 'Enter');
  await pick(page, 'Kind of support for request 1', 'Training');
  await page.getByLabel(/^What exactly for request 1/).fill('Two twilight sessions on sensory needs.');
  await waitForSaved(page);

  await openWorksheet(page, 'how-well-know', id);
  await defineIndicator(page, { name: 'Pupils happy arriving', kind: 'Percentage', baseline: '60', baselineDate: '2026-01-12', target: '75' });
  await defineIndicator(page, { name: 'Late arrivals a week', kind: 'Count', baseline: '30', baselineDate: '2026-01-12', target: '20' });
  await waitForSaved(page);

  await openWorksheet(page, 'progress-log', id);
  await pressOn(page.getByRole('button', { name: 'Add update', exact: true }), 'Enter');
  await typeDate(page.getByLabel('Date for update 1', { exact: true }), '2026-02-02');
  await pick(page, 'Action for update 1', 'Open classrooms from 8:40');
  await pick(page, 'Status for update 1', 'At risk');
  await waitForSaved(page);

  await openWorksheet(page, 'check-ins', id);
  await pressOn(page.getByRole('button', { name: 'Add check-in', exact: true }), 'Enter');
  await typeDate(page.getByLabel('Date for check-in 1', { exact: true }), '2026-02-09');
  await page.getByLabel(/^What is working for check-in 1/).fill('Calmer starts in Year 3.');
  await waitForSaved(page);

  await openWorksheet(page, 'tests-of-change', id);
  await pressOn(page.getByRole('button', { name: 'Add test', exact: true }), 'Enter');
  await pick(page, 'Action for test 1', 'Open classrooms from 8:40');
  await pick(page, 'Our decision for test 1', 'Adapt');
  await waitForSaved(page);

  await openWorksheet(page, 'results', id);
  for (const [name, value] of [['Pupils happy arriving', '72'], ['Late arrivals a week', '24']] as const) {
    const card = page.getByRole('group', { name });
    await pressOn(card.getByRole('button', { name: `Add a follow-up for ${name}` }), 'Enter');
    await expect(card.getByLabel(`Value of follow-up 1 for ${name}`)).toBeFocused();
    await page.keyboard.type(value);
  }
  await waitForSaved(page);

  await openWorksheet(page, 'pupil-pulse', id);
  const younger = ['Not really', 'Sometimes', 'Yes'];
  await tallyGroup(page, 'Pulse for younger pupils', 'Year 2, spring', { 'I feel happy when I come into school.': [1, 2, 7], 'My class is a kind place to be.': [0, 1, 2] }, younger);
  const older = ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'];
  await tallyGroup(page, 'Pulse for older pupils', 'Year 6', { 'I feel happy when I come into school.': [1, 1, 3, 4, 6] }, older);
  await waitForSaved(page);

  await openWorksheet(page, 'looking-back', id);
  await pressOn(page.getByRole('button', { name: 'Add thing to keep', exact: true }), 'Enter');
  await expect(page.getByRole('textbox', { name: 'thing to keep 1', exact: true })).toBeFocused();
  await page.keyboard.type('Open classrooms from 8:40');
  await pressOn(page.getByRole('button', { name: 'Add thing to start', exact: true }), 'Enter');
  await expect(page.getByRole('textbox', { name: 'thing to start 1', exact: true })).toBeFocused();
  await page.keyboard.type('A buddy bench');
  await waitForSaved(page);
  return id;
}

test('checks every worksheet in content/worksheets', () => {
  const onDisk = readdirSync('content/worksheets').filter((name) => name.endsWith('.mdx')).map((name) => name.slice(0, -4));
  expect([...SHEETS].sort()).toEqual(onDisk.sort());
});

test.describe('with a filled workbook open', () => {
  let context: BrowserContext;
  let page: Page;
  let workbookId = '';

  test.beforeAll(async ({ browser }, testInfo) => {
    test.setTimeout(180_000);
    context = await browser.newContext({ baseURL: testInfo.project.use.baseURL ?? 'http://127.0.0.1:4400' });
    page = await context.newPage();
    workbookId = await fillWorkbook(page);
  });

  test.afterAll(async () => {
    await context?.close();
  });

  for (const sheet of SHEETS) {
    test(`/worksheets/${sheet}/ has no WCAG 2.2 A/AA violations with answers in it`, async () => {
      await openWorksheet(page, sheet, workbookId);
      await expect(page.locator('.worksheet__field').first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }

  test('/workbook/ has no WCAG 2.2 A/AA violations with answers and an overdue action', async () => {
    await arrive(page, `/workbook/?id=${encodeURIComponent(workbookId)}`);
    await expect(page.locator('.dashboard__facts')).toContainText('1 overdue');
    // Every worksheet has answers in it.
    await expect(page.locator('.dashboard__sheet')).toHaveCount(SHEETS.length);
    await expect(page.locator('.dashboard__sheet--not-started')).toHaveCount(0);
    expect(await violations(page)).toEqual([]);
  });
});

test('a finished cycle’s read-only worksheets and the workbook page listing it have no WCAG 2.2 A/AA violations', async ({ page }) => {
  test.setTimeout(120_000);
  const id = await createWorkbook(page, 'Finished cycle for axe');
  await openWorksheet(page, 'choosing-our-focus', id);
  await addCandidates(page, ['Calmer mornings', 'Quiet room at lunch']);
  await chooseByKeyboard(page.getByLabel('Impact for Calmer mornings'), 'High');
  await chooseByKeyboard(page.getByLabel('Effort for Calmer mornings'), 'Low');
  await pressOn(page.getByRole('button', { name: 'Add a dot to Calmer mornings' }), 'Enter');
  await choosePriorities(page, ['Calmer mornings']);
  await waitForSaved(page);
  await openWorksheet(page, 'action-plan', id);
  await addAction(page, { action: 'Open classrooms from 8:40', priority: 'Calmer mornings', due: '2026-03-27', status: 'On track' });
  await waitForSaved(page);
  await openWorksheet(page, 'how-well-know', id);
  await defineIndicator(page, { name: 'Pupils happy arriving', baseline: '60', baselineDate: '2026-01-12', target: '75' });
  await waitForSaved(page);
  await openWorksheet(page, 'pupil-pulse', id);
  await tallyGroup(page, 'Pulse for younger pupils', 'Year 2', { 'I feel happy when I come into school.': [1, 2, 7] }, ['Not really', 'Sometimes', 'Yes']);
  await waitForSaved(page);

  await arrive(page, `/workbook/?id=${encodeURIComponent(id)}`);
  await page.getByRole('button', { name: 'Start cycle 2' }).click();
  const earlier = page.getByRole('region', { name: 'Earlier cycles (read only)' });
  await earlier.getByText(/^Cycle 1:/).click();
  await expect(earlier.getByRole('link', { name: 'Action plan' })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  const links = await earlier.getByRole('link').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
  expect(links.length).toBeGreaterThanOrEqual(4);
  for (const link of links) {
    await arrive(page, link);
    await expect(page.getByText('A finished cycle: read only')).toBeVisible();
    expect(await violations(page), link).toEqual([]);
  }
});
