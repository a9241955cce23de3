/** Spreadsheets (CSV) and the calendar (.ics) downloaded from the workbook page, read back. */
import { expect, test, type Download } from '@playwright/test';
import { createWorkbook, downloadedText, downloadFrom, visit, waitForSaved } from './workbooks-support';
import { addAction, defineIndicator, typeDate } from './worksheets-support';

test('downloads the action plan, progress log, indicators and calendar from the workbook page', async ({ page }) => {
  const id = await createWorkbook(page, 'Ysgol Dŵr Plan');
  await visit(page, `/worksheets/action-plan/?id=${id}`);
  await addAction(page, { action: 'Soft start, Years 3; 4', due: '2025-03-14', status: 'On track' });
  await waitForSaved(page);
  await visit(page, `/worksheets/how-well-know/?id=${id}`);
  const number = await defineIndicator(page, { name: 'Pupils happy arriving', baseline: '58', baselineDate: '2025-01-15', target: '70' });
  await typeDate(page.getByLabel(`Measure again on for indicator ${number}`, { exact: true }), '2025-05-20');
  await waitForSaved(page);
  await visit(page, `/workbook/?id=${id}`);
  const panel = page.getByRole('region', { name: 'Export the plan' });
  const fileFrom = async (name: string): Promise<{ download: Download; text: string }> => {
    const download = await downloadFrom(page, panel.getByRole('button', { name }));
    return { download, text: await downloadedText(download) };
  };

  const actions = await fileFrom('Action plan (spreadsheet, CSV)');
  expect(actions.download.suggestedFilename()).toMatch(/^ysgol-dwr-plan-actions-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(actions.text.startsWith('\uFEFFAction,Priority,Lead')).toBe(true);
  expect(actions.text).toContain('"Soft start, Years 3; 4"');
  expect(actions.text).toContain('2025-03-14');
  expect(actions.text).toContain('On track');

  const progress = await fileFrom('Progress log (spreadsheet, CSV)');
  expect(progress.text.startsWith('\uFEFFDate,Action,What happened,Status,Next step')).toBe(true);

  const indicators = await fileFrom('Indicators and measurements (spreadsheet, CSV)');
  expect(indicators.text).toContain('Pupils happy arriving,Percentage,,58,2025-01-15,70,2025-05-20');

  const calendar = await fileFrom('Dates for your calendar (.ics)');
  expect(calendar.download.suggestedFilename()).toMatch(/\.ics$/);
  const unfolded = calendar.text.replace(/\r\n /g, '');
  expect(unfolded).toContain('SUMMARY:Due: Soft start\\, Years 3\\; 4');
  expect(unfolded).toContain('DTSTART;VALUE=DATE:20250314');
  expect(unfolded).toContain('SUMMARY:Measure again: Pupils happy arriving');
  expect(unfolded).toContain('DTSTART;VALUE=DATE:20250520');
  await expect(panel.getByRole('status')).toContainText(/Downloaded ysgol-dwr-plan-dates-/);
});
