/**
 * The cycle: Overdue is worked out from due dates and counted on the
 * dashboard, and starting the next cycle carries unfinished work forward
 * while the finished cycle stays as a read-only, unchanged record.
 */
import { expect, test, type Page } from '@playwright/test';
import { createWorkbook, waitForSaved } from './workbooks-support';
import { addAction, addCandidates, arrive, chooseByKeyboard, choosePriorities, openWorksheet, retype, worksheetForm } from './worksheets-support';

/** Opens the workbook page and waits for its dashboard. */
async function openDashboard(page: Page, id: string): Promise<void> {
  await arrive(page, `/workbook/?id=${encodeURIComponent(id)}`);
  await expect(page.getByRole('heading', { level: 2, name: /^Cycle \d+ at a glance$/ })).toBeVisible();
}

/** The text of every action cell in the Action plan, in order. */
async function actionTexts(page: Page): Promise<string[]> {
  return page.getByRole('textbox', { name: /^Action for action \d+$/ }).evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
}

test('shows an action past its due date and still On track as Overdue on the Action plan, and counts it on the dashboard', async ({ page }) => {
  const id = await createWorkbook(page, 'Overdue actions');
  await openWorksheet(page, 'action-plan', id);
  await addAction(page, { action: 'Train midday supervisors', due: '2025-01-31', status: 'On track' });
  await addAction(page, { action: 'Quiet corner in the hall', due: '2025-01-31', status: 'Done' });
  await addAction(page, { action: 'Visual timetables', due: '2099-07-20', status: 'On track' });

  const status = (position: number, action: string) => page.getByLabel(`Status for action ${position}: ${action}`, { exact: true });
  await expect(status(1, 'Train midday supervisors')).toHaveAccessibleDescription(/Overdue/);
  await expect(page.getByRole('row', { name: /Train midday supervisors/ }).getByText('Overdue', { exact: true })).toBeVisible();
  await expect(status(2, 'Quiet corner in the hall')).not.toHaveAccessibleDescription(/Overdue/);
  await expect(status(3, 'Visual timetables')).not.toHaveAccessibleDescription(/Overdue/);
  await expect(page.getByText('Overdue', { exact: true })).toHaveCount(1);
  await waitForSaved(page);

  await openDashboard(page, id);
  const facts = page.locator('.dashboard__facts');
  await expect(facts).toContainText(/1 overdue: Train midday supervisors \(due Friday,? 31 January 2025\)\./);
  await expect(facts).not.toContainText('Quiet corner');
  await expect(facts).not.toContainText('Visual timetables');

  // Marking it Done clears it from the dashboard.
  await openWorksheet(page, 'action-plan', id);
  await chooseByKeyboard(status(1, 'Train midday supervisors'), 'Done');
  await expect(page.getByText('Overdue', { exact: true })).toHaveCount(0);
  await waitForSaved(page);
  await openDashboard(page, id);
  await expect(facts).toContainText('Nothing is overdue.');
});

test('starts the next cycle with the unfinished action but not the done one, and keeps the old cycle read only and unchanged', async ({ page }) => {
  const id = await createWorkbook(page, 'Two cycles');
  await openWorksheet(page, 'choosing-our-focus', id);
  await addCandidates(page, ['Calmer mornings', 'Quiet room at lunch']);
  await choosePriorities(page, ['Calmer mornings']);
  await waitForSaved(page);
  await openWorksheet(page, 'action-plan', id);
  await addAction(page, { action: 'Open classrooms from 8:40', priority: 'Calmer mornings', due: '2026-03-27', status: 'On track' });
  await addAction(page, { action: 'Quiet corner in the hall', priority: 'Calmer mornings', due: '2026-02-13', status: 'Done' });
  await waitForSaved(page);

  // Start the next cycle from the workbook page.
  await openDashboard(page, id);
  const next = page.getByRole('region', { name: 'Start the next cycle' });
  await expect(next.getByRole('checkbox', { name: 'Action plan: Our actions (1 item)' })).toBeChecked();
  await next.getByRole('button', { name: 'Start cycle 2' }).click();
  await expect(next.getByRole('status')).toHaveText('Cycle 2 has started. Cycle 1 is kept below as a read-only record.');
  await expect(page.getByRole('heading', { level: 2, name: 'Cycle 2 at a glance' })).toBeVisible();
  const earlier = page.getByRole('region', { name: 'Earlier cycles (read only)' });
  await expect(earlier).toBeVisible();
  await earlier.getByText(/^Cycle 1:/).click();
  const oldActionPlan = earlier.getByRole('link', { name: 'Action plan' });
  const oldHref = await oldActionPlan.getAttribute('href');
  expect(oldHref).toMatch(/[?&]cycle=/);
  const oldFocusHref = await earlier.getByRole('link', { name: 'Choosing our focus' }).getAttribute('href');
  await waitForSaved(page);

  // Cycle 2 starts with the unfinished action only; edit it there.
  await openWorksheet(page, 'action-plan', id);
  await expect(worksheetForm(page)).toContainText('cycle 2');
  expect(await actionTexts(page)).toEqual(['Open classrooms from 8:40']);
  await expect(page.getByLabel('Status for action 1: Open classrooms from 8:40', { exact: true }).locator('option:checked')).toHaveText('On track');
  await retype(page.getByRole('textbox', { name: 'Action for action 1', exact: true }), 'Open every classroom from 8:40');
  await waitForSaved(page);

  // The old cycle's Action plan: the old answers, read only, unchanged.
  await arrive(page, oldHref ?? '');
  await expect(worksheetForm(page)).toBeVisible();
  await expect(worksheetForm(page)).toContainText('cycle 1');
  await expect(page.getByText('A finished cycle: read only')).toBeVisible();
  expect(await actionTexts(page)).toEqual(['Open classrooms from 8:40', 'Quiet corner in the hall']);
  await expect(page.getByLabel('Status for action 2: Quiet corner in the hall', { exact: true }).locator('option:checked')).toHaveText('Done');
  await expect(page.getByLabel('Due for action 1: Open classrooms from 8:40', { exact: true })).toHaveValue('2026-03-27');
  const form = worksheetForm(page);
  for (const box of await form.locator('input, textarea').all()) await expect(box).not.toBeEditable();
  for (const select of await form.locator('select').all()) await expect(select).toBeDisabled();
  await expect(form.getByRole('button', { name: /^Add / })).toHaveCount(0);
  await expect(form.getByRole('button', { name: /^(Remove|Move)/ })).toHaveCount(0);

  // Typing into a read-only box changes nothing, even after a reload.
  const first = page.getByRole('textbox', { name: 'Action for action 1', exact: true });
  await first.focus();
  await page.keyboard.type(' and more');
  await expect(first).toHaveValue('Open classrooms from 8:40');
  await arrive(page);
  await expect(worksheetForm(page)).toBeVisible();
  expect(await actionTexts(page)).toEqual(['Open classrooms from 8:40', 'Quiet corner in the hall']);

  // The old Choosing our focus is read only too.
  await arrive(page, oldFocusHref ?? '');
  await expect(worksheetForm(page)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'idea 1', exact: true })).toHaveValue('Calmer mornings');
  await expect(page.getByRole('textbox', { name: 'idea 1', exact: true })).not.toBeEditable();
  await expect(page.getByRole('checkbox', { name: 'Calmer mornings', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Calmer mornings', exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Add idea' })).toHaveCount(0);
});
