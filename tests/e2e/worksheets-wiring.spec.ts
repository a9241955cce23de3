/**
 * The worksheets are wired together across the cycle: what one worksheet
 * records is offered or shown on the worksheets that draw on it.
 */
import { expect, test, type Locator } from '@playwright/test';
import { createWorkbook, waitForSaved } from './workbooks-support';
import {
  addAction,
  addCandidates,
  chooseByKeyboard,
  choosePriorities,
  defineIndicator,
  openWorksheet,
  pressOn,
  reloadWhenSaved,
  typeDate,
  typeInto,
} from './worksheets-support';

/** The words of every option in a select, the empty "Choose…" first. */
async function optionTexts(select: Locator): Promise<string[]> {
  return select.locator('option').allTextContents();
}

test('carries the priorities chosen on Choosing our focus into Our goal as rows and into the Action plan’s priority column', async ({ page }) => {
  const id = await createWorkbook(page, 'Wiring priorities');
  await openWorksheet(page, 'choosing-our-focus', id);
  await addCandidates(page, ['Calmer mornings', 'Quiet room at lunch', 'Buddy bench']);
  await choosePriorities(page, ['Calmer mornings', 'Buddy bench']);
  await waitForSaved(page);

  await openWorksheet(page, 'our-goal', id);
  const goals = page.getByRole('table', { name: 'A goal for each priority' });
  await expect(goals.getByRole('rowheader')).toHaveText(['Calmer mornings', 'Buddy bench']);
  await typeInto(page.getByLabel('Goal for priority 1: Calmer mornings', { exact: true }), 'Every pupil starts the day calm and welcomed.');
  await reloadWhenSaved(page);
  await expect(page.getByLabel('Goal for priority 1: Calmer mornings', { exact: true })).toHaveValue('Every pupil starts the day calm and welcomed.');

  await openWorksheet(page, 'action-plan', id);
  await addAction(page, { action: 'Open classrooms from 8:40', priority: 'Calmer mornings' });
  const priority = page.getByLabel('Priority for action 1: Open classrooms from 8:40', { exact: true });
  expect(await optionTexts(priority)).toEqual(['Choose…', 'Calmer mornings', 'Buddy bench']);
  await reloadWhenSaved(page);
  await expect(priority.locator('option:checked')).toHaveText('Calmer mornings');
});

test('offers an action added in the Action plan in the Progress log and in Tests of change', async ({ page }) => {
  const id = await createWorkbook(page, 'Wiring actions');
  await openWorksheet(page, 'action-plan', id);
  await addAction(page, { action: 'Open classrooms from 8:40', status: 'On track' });
  await addAction(page, { action: 'Train midday supervisors', status: 'Not started' });
  await waitForSaved(page);

  await openWorksheet(page, 'progress-log', id);
  await pressOn(page.getByRole('button', { name: 'Add update', exact: true }), 'Enter');
  const logAction = page.getByLabel('Action for update 1', { exact: true });
  expect(await optionTexts(logAction)).toEqual(['Choose…', 'Open classrooms from 8:40', 'Train midday supervisors']);
  await chooseByKeyboard(logAction, 'Train midday supervisors');
  await typeDate(page.getByLabel('Date for update 1', { exact: true }), '2026-02-02');
  await reloadWhenSaved(page);
  await expect(page.getByLabel('Action for update 1', { exact: true }).locator('option:checked')).toHaveText('Train midday supervisors');

  await openWorksheet(page, 'tests-of-change', id);
  await pressOn(page.getByRole('button', { name: 'Add test', exact: true }), 'Enter');
  const testAction = page.getByLabel('Action for test 1', { exact: true });
  expect(await optionTexts(testAction)).toEqual(['Choose…', 'Open classrooms from 8:40', 'Train midday supervisors']);
  await chooseByKeyboard(testAction, 'Open classrooms from 8:40');
  await reloadWhenSaved(page);
  await expect(page.getByLabel('Action for test 1', { exact: true }).locator('option:checked')).toHaveText('Open classrooms from 8:40');
});

test('shows an indicator from How we’ll know on Results with its baseline, and a follow-up’s change with a chart and a data table', async ({ page }) => {
  const id = await createWorkbook(page, 'Wiring indicators');
  await openWorksheet(page, 'how-well-know', id);
  await defineIndicator(page, { name: 'Pupils happy arriving', kind: 'Percentage', source: 'Pupil pulse', baseline: '60', baselineDate: '2026-01-12', target: '75' });
  await waitForSaved(page);

  await openWorksheet(page, 'results', id);
  const card = page.getByRole('group', { name: 'Pupils happy arriving' });
  await expect(card).toContainText('Baseline: 60% (12 Jan 2026). Target: 75%. Source: Pupil pulse.');
  await expect(card).toContainText('No follow-up yet. Not yet measured against the target.');

  await pressOn(card.getByRole('button', { name: 'Add a follow-up for Pupils happy arriving' }), 'Enter');
  await expect(card.getByLabel('Value of follow-up 1 for Pupils happy arriving')).toBeFocused();
  await page.keyboard.type('78');
  await typeDate(card.getByLabel('Date of follow-up 1 for Pupils happy arriving'), '2026-05-11');

  const check = async () => {
    await expect(card).toContainText('+18 points since baseline. Target met.');
    await expect(card.getByRole('img', { name: 'Chart of Pupils happy arriving: baseline 60% (12 Jan 2026), then follow-up 1 78% (11 May 2026); target 75%.' })).toBeVisible();
    const data = card.getByRole('table', { name: 'Pupils happy arriving: baseline and follow-ups' });
    await expect(data.getByRole('row')).toHaveText([/^Measurement\s*Date\s*Value$/, /^Baseline\s*12 Jan 2026\s*60%$/, /^Follow-up 1\s*11 May 2026\s*78%$/]);
  };
  await check();
  await reloadWhenSaved(page);
  await check();
});
