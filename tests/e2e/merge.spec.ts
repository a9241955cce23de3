import { expect, test, type Page } from '@playwright/test';
import { createWorkbook, downloadedText, downloadFrom, visit, waitForSaved } from './workbooks-support';
import { addCandidates, openWorksheet, pressOn, worksheetForm } from './worksheets-support';

/** The texts of the candidate list on Choosing our focus. */
async function candidates(page: Page): Promise<string[]> {
  return page
    .getByRole('group', { name: 'Candidate priorities' })
    .getByRole('textbox')
    .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
}

test('a teacher sends answers and the facilitator merges, reviews, applies and undoes', async ({ page, context }) => {
  // The teacher answers in their own workbook and downloads a contribution.
  const teacher = await createWorkbook(page, 'Teacher copy');
  await openWorksheet(page, 'choosing-our-focus', teacher);
  await addCandidates(page, ['Calmer mornings', 'Buddy bench']);
  await waitForSaved(page);
  await visit(page, `/workbook/?id=${teacher}`);
  const send = page.getByRole('region', { name: 'Send my answers' });
  await pressOn(send.getByRole('group', { name: 'Stage 1: Reflect' }).getByRole('checkbox', { name: 'Choosing our focus' }), 'Space');
  await send.getByLabel('Your name or role (optional)').fill('Year 4 teacher');
  const download = await downloadFrom(page, send.getByRole('button', { name: 'Download my answers' }));
  expect(download.suggestedFilename()).toMatch(/^teacher-copy-contribution-year-4-teacher-\d{4}-\d{2}-\d{2}\.json$/);
  const contribution = await downloadedText(download);
  expect(JSON.parse(contribution)).toMatchObject({ format: 'belonging-workbook-contribution', contributor: 'Year 4 teacher' });

  // The facilitator's workbook already has one of the ideas.
  const team = await createWorkbook(page, 'Team plan');
  await openWorksheet(page, 'choosing-our-focus', team);
  await addCandidates(page, ['calmer mornings']);
  await waitForSaved(page);
  await visit(page, `/workbook/?id=${team}`);

  const result = page.getByRole('region', { name: 'Merge contributions' }).locator('.merge__message');

  // One good file and one broken one: the broken one is refused and changes nothing.
  await page.getByLabel('Choose contribution files (.json)').setInputFiles([
    { name: 'year4.json', mimeType: 'application/json', buffer: Buffer.from(contribution) },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ "format": "belonging-workbook-contribution"') },
  ]);
  await expect(page.locator('.merge__refused')).toHaveText('broken.json: This file is not a contribution file: it is not readable as JSON.');

  // The review: the new idea with its contributor, the exact duplicate flagged (dropped by default).
  await expect(page.getByRole('heading', { name: 'Review the merge from Year 4 teacher' })).toBeFocused();
  await expect(page.getByRole('region', { name: 'To be added (1)' })).toContainText('Buddy bench (from Year 4 teacher)');
  const duplicate = page.getByRole('group', { name: '“Calmer mornings” from Year 4 teacher is the same as “calmer mornings” from the team' });
  await expect(duplicate.getByRole('radio', { name: 'Drop the new one' })).toBeChecked();
  await pressOn(page.getByRole('button', { name: 'Apply merge' }), 'Enter');
  await expect(result).toContainText('Merged contributions from Year 4 teacher');
  await expect(result).toBeFocused();
  await waitForSaved(page);

  // The worksheet shows the merged entry with who it is from.
  const sheet = await context.newPage();
  await openWorksheet(sheet, 'choosing-our-focus', team);
  expect(await candidates(sheet)).toEqual(['calmer mornings', 'Buddy bench']);
  await expect(worksheetForm(sheet).getByText('from Year 4 teacher')).toHaveCount(1);

  // Undo puts the workbook back exactly as it was.
  await pressOn(page.getByRole('button', { name: 'Undo merge' }), 'Enter');
  await expect(result).toContainText('Merge undone');
  await expect(page.getByRole('button', { name: 'Undo merge' })).toHaveCount(0);
  await visit(sheet);
  await expect(worksheetForm(sheet)).toBeVisible();
  expect(await candidates(sheet)).toEqual(['calmer mornings']);
  await expect(worksheetForm(sheet).getByText('from Year 4 teacher')).toHaveCount(0);
});
