/**
 * Every field type, filled by keyboard only (a control is focused, then
 * keys are pressed), then the page is reloaded once "Saved" shows and the
 * answer is still there. Real worksheets cover the types they use; the
 * rest are tested on the every-field fixture (worksheets-fixture.spec.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { createWorkbook, waitForSaved } from './workbooks-support';
import {
  addCandidates,
  chooseByKeyboard,
  choosePriorities,
  defineIndicator,
  openWorksheet,
  pressOn,
  reloadWhenSaved,
  retype,
  tallyGroup,
  typeDate,
  typeInto,
} from './worksheets-support';

/** The values of the list's text boxes, in order. */
async function listTexts(page: Page, label: string): Promise<string[]> {
  return page.getByRole('group', { name: label }).getByRole('textbox').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
}

test('keeps short text, choice, multi-choice, date and table answers typed by keyboard on Our team and scope', async ({ page }) => {
  const id = await createWorkbook(page, 'Keyboard scope');
  await openWorksheet(page, 'our-team-and-scope', id);

  // Short text: select what is there and type over it.
  await retype(page.getByLabel('Name for this workbook'), 'Calmer mornings 2026');

  // Choice: Space picks the first radio, the down arrow moves the choice on.
  const setting = page.getByRole('group', { name: 'Our setting' });
  await pressOn(setting.getByRole('radio', { name: 'Mainstream school' }), 'Space');
  await expect(setting.getByRole('radio', { name: 'Mainstream school' })).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(setting.getByRole('radio', { name: 'Special school' })).toBeChecked();
  await expect(setting.getByRole('radio', { name: 'Special school' })).toBeFocused();

  // Multi-choice: Space ticks each box.
  const approaches = page.getByRole('group', { name: 'Planning approaches we will use' });
  await pressOn(approaches.getByRole('checkbox', { name: 'Participatory policy design' }), 'Space');
  await pressOn(approaches.getByRole('checkbox', { name: 'Inclusion by design' }), 'Space');
  await expect(approaches.getByText('2 chosen')).toBeVisible();

  // Date: typed segment by segment.
  await typeDate(page.getByLabel('Review date'), '2027-03-19');
  await expect(page.getByRole('button', { name: 'Clear date' }).last()).toBeVisible();

  // Table: Enter on "Add team member" puts focus in the new row; Tab moves across it.
  await pressOn(page.getByRole('button', { name: 'Add team member' }), 'Enter');
  await expect(page.getByRole('textbox', { name: 'Name (optional) for team member 1' })).toBeFocused();
  await page.keyboard.type('Sam');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Role for team member 1: Sam' })).toBeFocused();
  await page.keyboard.type('SENCo');

  await reloadWhenSaved(page);
  await expect(page.getByLabel('Name for this workbook')).toHaveValue('Calmer mornings 2026');
  await expect(setting.getByRole('radio', { name: 'Special school' })).toBeChecked();
  await expect(setting.getByRole('radio', { name: 'Mainstream school' })).not.toBeChecked();
  await expect(approaches.getByRole('checkbox', { name: 'Participatory policy design' })).toBeChecked();
  await expect(approaches.getByRole('checkbox', { name: 'Inclusion by design' })).toBeChecked();
  await expect(approaches.getByRole('checkbox', { name: 'Committing to inclusion-as-belonging' })).not.toBeChecked();
  await expect(page.getByLabel('Review date')).toHaveValue('2027-03-19');
  await expect(page.getByRole('textbox', { name: 'Name (optional) for team member 1' })).toHaveValue('Sam');
  await expect(page.getByRole('textbox', { name: 'Role for team member 1: Sam' })).toHaveValue('SENCo');
});

test('keeps long text typed by keyboard, line breaks included, on What belonging means here', async ({ page }) => {
  const id = await createWorkbook(page, 'Keyboard long text');
  await openWorksheet(page, 'what-belonging-means', id);
  const box = page.getByLabel('In one or two sentences, what belonging means at our school');
  await typeInto(box, 'Everyone is expected, welcomed and missed.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Adults adapt, so pupils do not have to.');
  await reloadWhenSaved(page);
  await expect(box).toHaveValue('Everyone is expected, welcomed and missed.\nAdults adapt, so pupils do not have to.');
});

test('adds, edits, moves and removes list items by keyboard, with undo, and keeps them after reload', async ({ page }) => {
  const id = await createWorkbook(page, 'Keyboard list');
  await openWorksheet(page, 'choosing-our-focus', id);
  await addCandidates(page, ['Calmer mornings', 'Quiet room', 'Buddy bench']);
  expect(await listTexts(page, 'Candidate priorities')).toEqual(['Calmer mornings', 'Quiet room', 'Buddy bench']);

  // Edit: go to the end of item 2 and type more.
  await pressOn(page.getByRole('textbox', { name: 'idea 2', exact: true }), 'End');
  await page.keyboard.type(' at lunch');

  // Move: focus stays on the button pressed as the item moves.
  await pressOn(page.getByRole('button', { name: 'Move up idea 3' }), 'Enter');
  await expect(page.getByRole('button', { name: 'Move up idea 2' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Move up idea 1' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Move up idea 1' })).toHaveAttribute('aria-disabled', 'true');
  expect(await listTexts(page, 'Candidate priorities')).toEqual(['Buddy bench', 'Calmer mornings', 'Quiet room at lunch']);

  // Remove, then undo: Undo takes focus, and Enter puts the item back where it was.
  await pressOn(page.getByRole('button', { name: 'Remove idea 3' }), 'Enter');
  await expect(page.getByText('Removed ‘Quiet room at lunch’.')).toBeVisible();
  const undo = page.getByRole('group', { name: 'Candidate priorities' }).getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'idea 3', exact: true })).toBeFocused();
  expect(await listTexts(page, 'Candidate priorities')).toEqual(['Buddy bench', 'Calmer mornings', 'Quiet room at lunch']);

  // Remove one for good.
  await pressOn(page.getByRole('button', { name: 'Remove idea 2' }), 'Enter');
  await expect(page.getByText('Removed ‘Calmer mornings’.')).toBeVisible();
  expect(await listTexts(page, 'Candidate priorities')).toEqual(['Buddy bench', 'Quiet room at lunch']);

  await reloadWhenSaved(page);
  expect(await listTexts(page, 'Candidate priorities')).toEqual(['Buddy bench', 'Quiet room at lunch']);
});

test('places candidates on the priority matrix and votes with dots by keyboard, and keeps both after reload', async ({ page }) => {
  const id = await createWorkbook(page, 'Keyboard matrix');
  await openWorksheet(page, 'choosing-our-focus', id);
  await addCandidates(page, ['Calmer mornings', 'Quiet room']);

  await chooseByKeyboard(page.getByLabel('Impact for Calmer mornings'), 'High');
  await chooseByKeyboard(page.getByLabel('Effort for Calmer mornings'), 'Low');
  await chooseByKeyboard(page.getByLabel('Impact for Quiet room'), 'Low');
  await chooseByKeyboard(page.getByLabel('Effort for Quiet room'), 'High');
  const grid = page.getByRole('table', { name: /^Impact and effort: where each item sits/ });
  await expect(grid.getByRole('cell', { name: /^Quick wins/ })).toContainText('Calmer mornings');
  await expect(grid.getByRole('cell', { name: /^Think twice/ })).toContainText('Quiet room');
  await expect(page.getByText('Every item is placed.')).toBeVisible();

  // Dot vote: Enter and Space on "+", and "−" takes one back.
  const plusCalm = page.getByRole('button', { name: 'Add a dot to Calmer mornings' });
  await pressOn(plusCalm, 'Enter');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await pressOn(page.getByRole('button', { name: 'Remove a dot from Calmer mornings' }), 'Space');
  await pressOn(page.getByRole('button', { name: 'Add a dot to Quiet room' }), 'Enter');
  const votes = page.getByRole('group', { name: 'Dot vote' });
  await expect(votes.getByRole('list', { name: 'Most dots' })).toHaveText(/2 dots: Calmer mornings\s*1 dot: Quiet room/);

  await reloadWhenSaved(page);
  await expect(page.getByLabel('Impact for Calmer mornings').locator('option:checked')).toHaveText('High');
  await expect(page.getByLabel('Effort for Quiet room').locator('option:checked')).toHaveText('High');
  await expect(grid.getByRole('cell', { name: /^Quick wins/ })).toContainText('Calmer mornings');
  await expect(votes.getByRole('list', { name: 'Most dots' })).toHaveText(/2 dots: Calmer mornings\s*1 dot: Quiet room/);
});

test('keeps a table choice and status chosen by keyboard on the Action plan', async ({ page }) => {
  const id = await createWorkbook(page, 'Keyboard status');
  await openWorksheet(page, 'choosing-our-focus', id);
  await addCandidates(page, ['Calmer mornings']);
  await choosePriorities(page, ['Calmer mornings']);
  await waitForSaved(page);
  await openWorksheet(page, 'action-plan', id);
  await pressOn(page.getByRole('button', { name: 'Add action', exact: true }), 'Enter');
  await expect(page.getByRole('textbox', { name: 'Action for action 1', exact: true })).toBeFocused();
  await page.keyboard.type('Open classrooms from 8:40');
  const cell = (column: string) => page.getByLabel(`${column} for action 1: Open classrooms from 8:40`, { exact: true });
  await chooseByKeyboard(cell('Priority'), 'Calmer mornings');
  await typeInto(cell('Lead'), 'Deputy head');
  await typeDate(cell('Due'), '2030-07-18');
  await chooseByKeyboard(cell('Status'), 'At risk');

  await reloadWhenSaved(page);
  await expect(page.getByRole('textbox', { name: 'Action for action 1', exact: true })).toHaveValue('Open classrooms from 8:40');
  await expect(cell('Priority').locator('option:checked')).toHaveText('Calmer mornings');
  await expect(cell('Lead')).toHaveValue('Deputy head');
  await expect(cell('Due')).toHaveValue('2030-07-18');
  await expect(cell('Status').locator('option:checked')).toHaveText('At risk');
  await expect(page.getByText('Overdue', { exact: true })).toHaveCount(0);
});

test('defines an indicator by keyboard on How we’ll know and keeps it after reload', async ({ page }) => {
  const id = await createWorkbook(page, 'Keyboard indicator');
  await openWorksheet(page, 'how-well-know', id);
  await defineIndicator(page, { name: 'Pupils who feel happy arriving', kind: 'Percentage', source: 'Pupil pulse', baseline: '62.5', baselineDate: '2026-01-12', target: '75' });
  await typeDate(page.getByLabel('Measure again on for indicator 1', { exact: true }), '2026-06-29');
  await expect(page.getByRole('group', { name: 'Indicator 1: Pupils who feel happy arriving' })).toBeVisible();

  await reloadWhenSaved(page);
  const box = (label: string) => page.getByLabel(`${label} for indicator 1`, { exact: true });
  await expect(box('What we will measure')).toHaveValue('Pupils who feel happy arriving');
  await expect(box('Kind').locator('option:checked')).toHaveText('Percentage');
  await expect(box('Where the number comes from')).toHaveValue('Pupil pulse');
  await expect(box('Baseline')).toHaveValue('62.5');
  await expect(box('Baseline taken on')).toHaveValue('2026-01-12');
  await expect(box('Target')).toHaveValue('75');
  await expect(box('Measure again on')).toHaveValue('2026-06-29');
});

test('records an indicator follow-up by keyboard on Results and keeps it after reload', async ({ page }) => {
  const id = await createWorkbook(page, 'Keyboard follow-up');
  await openWorksheet(page, 'how-well-know', id);
  await defineIndicator(page, { name: 'Late arrivals a week', kind: 'Count', baseline: '30', baselineDate: '2026-01-12', target: '20' });
  await waitForSaved(page);

  await openWorksheet(page, 'results', id);
  const card = page.getByRole('group', { name: 'Late arrivals a week' });
  await pressOn(card.getByRole('button', { name: 'Add a follow-up for Late arrivals a week' }), 'Enter');
  const value = card.getByLabel('Value of follow-up 1 for Late arrivals a week');
  await expect(value).toBeFocused();
  await page.keyboard.type('24');
  await typeDate(card.getByLabel('Date of follow-up 1 for Late arrivals a week'), '2026-05-11');
  await typeInto(card.getByLabel('What do we make of this? (Late arrivals a week)'), 'Fewer late arrivals since the doors opened early.');

  await reloadWhenSaved(page);
  await expect(card.getByLabel('Value of follow-up 1 for Late arrivals a week')).toHaveValue('24');
  await expect(card.getByLabel('Date of follow-up 1 for Late arrivals a week')).toHaveValue('2026-05-11');
  await expect(card.getByLabel('What do we make of this? (Late arrivals a week)')).toHaveValue('Fewer late arrivals since the doors opened early.');
  await expect(card.getByText('−6 since baseline. Target not yet met.')).toBeVisible();
});

test('tallies a pupil pulse group by keyboard and keeps its counts after reload', async ({ page }) => {
  const id = await createWorkbook(page, 'Keyboard pulse');
  await openWorksheet(page, 'pupil-pulse', id);
  const scale = ['Not really', 'Sometimes', 'Yes'];
  await tallyGroup(page, 'Pulse for younger pupils', 'Year 2, spring', { 'I feel happy when I come into school.': [1, 2, 7] }, scale);
  const field = page.getByRole('group', { name: 'Pulse for younger pupils', exact: true });
  await typeDate(field.getByLabel('Date the pulse was taken for group 1'), '2026-03-04');
  const results = field.getByRole('table', { name: /^Results for Year 2, spring/ });
  await expect(results.getByRole('row', { name: /I feel happy when I come into school\./ })).toContainText('70%');

  await reloadWhenSaved(page);
  await expect(field.getByLabel('Group name for group 1')).toHaveValue('Year 2, spring');
  await expect(field.getByLabel('Date the pulse was taken for group 1')).toHaveValue('2026-03-04');
  const count = (label: string) => field.getByRole('spinbutton', { name: `I feel happy when I come into school.: number who answered ${label}`, exact: true });
  await expect(count('Not really')).toHaveValue('1');
  await expect(count('Sometimes')).toHaveValue('2');
  await expect(count('Yes')).toHaveValue('7');
  await expect(results.getByRole('row', { name: /I feel happy when I come into school\./ })).toContainText('70%');
});

test('disables a fourth priority once three are chosen, says why, and enables the rest when one is unticked', async ({ page }) => {
  const id = await createWorkbook(page, 'Priority cap');
  await openWorksheet(page, 'choosing-our-focus', id);
  await addCandidates(page, ['Calmer mornings', 'Quiet room', 'Buddy bench', 'Visual timetables']);
  const group = page.getByRole('group', { name: 'Our live priorities' });
  const box = (name: string) => group.getByRole('checkbox', { name, exact: true });
  await choosePriorities(page, ['Calmer mornings', 'Quiet room', 'Buddy bench']);
  await expect(box('Visual timetables')).toBeDisabled();
  await expect(group.getByText('3 of 3 chosen')).toBeVisible();
  await expect(group.getByText(/^You have chosen the most allowed \(3\)\. Three is the most\./)).toBeVisible();
  await expect(box('Calmer mornings')).toBeEnabled();

  await pressOn(box('Quiet room'), 'Space');
  await expect(box('Quiet room')).not.toBeChecked();
  await expect(box('Visual timetables')).toBeEnabled();
  await expect(group.getByText('2 of 3 chosen')).toBeVisible();
  await expect(group.getByText(/You have chosen the most allowed/)).toHaveCount(0);
  await pressOn(box('Visual timetables'), 'Space');
  await expect(box('Visual timetables')).toBeChecked();
  await expect(box('Quiet room')).toBeDisabled();

  await reloadWhenSaved(page);
  await expect(box('Visual timetables')).toBeChecked();
  await expect(box('Quiet room')).toBeDisabled();
});

test('shows no percentage for a pulse statement with fewer than 5 responses, and a percentage from 5', async ({ page }) => {
  const id = await createWorkbook(page, 'Small groups');
  await openWorksheet(page, 'pupil-pulse', id);
  const scale = ['Not really', 'Sometimes', 'Yes'];
  await tallyGroup(page, 'Pulse for younger pupils', 'Nurture group', { 'I feel happy when I come into school.': [1, 0, 3] }, scale);
  const field = page.getByRole('group', { name: 'Pulse for younger pupils', exact: true });
  const results = field.getByRole('table', { name: /^Results for Nurture group/ });
  const row = results.getByRole('row', { name: /I feel happy when I come into school\./ });
  await expect(row).toContainText('Fewer than 5 responses');
  await expect(row).not.toContainText('%');
  await expect(row).not.toContainText('75');
  await expect(results.getByRole('row', { name: /^Overall/ })).toContainText('Not shown');

  // A fifth response: now the figure can be shown.
  await retype(field.getByRole('spinbutton', { name: 'I feel happy when I come into school.: number who answered Sometimes', exact: true }), '1');
  await expect(row).not.toContainText('Fewer than 5 responses');
  await expect(row).toContainText('60%');
  await expect(results.getByRole('row', { name: /^Overall/ })).toContainText('60% favourable');

  await reloadWhenSaved(page);
  await expect(row).toContainText('60%');
});

/* ------------------------------------------------------------------ */
/* Field types no real worksheet uses on its own: the fixture worksheet. */
