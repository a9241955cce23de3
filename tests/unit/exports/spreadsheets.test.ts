import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { actionPlanCsv, BOM, indicatorsCsv, progressLogCsv } from '../../../src/exports/spreadsheets';
import type { ExportInput } from '../../../src/exports/snapshot';
import { filledWorkbook, loadWorksheets } from '../pdf/support';

const worksheets = loadWorksheets();
const now = new Date('2025-05-01T09:30:00Z');
const input = (extra: Record<string, Record<string, unknown>> = {}, namesAsRoles = false): ExportInput => ({ workbook: filledWorkbook(3, extra), worksheets, namesAsRoles, now });
const parsed = (csv: string) => Papa.parse<Record<string, string>>(csv.slice(BOM.length), { header: true, skipEmptyLines: true });

describe('spreadsheets', () => {
  it('starts with a byte-order mark and uses the column labels from content as headers', () => {
    const csv = actionPlanCsv(input());
    expect(csv.startsWith(BOM)).toBe(true);
    expect(parsed(csv).meta.fields).toEqual(['Action', 'Priority', 'Lead', 'Who else is involved', 'Start', 'Due', 'Resources or cost', 'Success indicator', 'Status']);
  });

  it('writes every action with choices and statuses as words and dates as ISO', () => {
    const rows = parsed(actionPlanCsv(input())).data;
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ Action: 'Action number 1: open classrooms early', Priority: 'A calmer start to the day', Start: '2025-01-06', Due: '2025-02-14' });
    expect(rows[0]?.['Status']).toBe('Not started (Overdue)');
    expect(rows[1]?.['Status']).toBe('On track');
  });

  it('neutralises a cell that could run as a formula', () => {
    const hostile = [{ id: 'x', cells: { action: '=HYPERLINK("http://evil.example","click")', lead: '+1', involved: '-2', resources: '@SUM(A1)', status: 'done' } }];
    const row = parsed(actionPlanCsv(input({ 'action-plan': { actions: hostile } }))).data[0];
    expect(row).toMatchObject({ Action: `'=HYPERLINK("http://evil.example","click")`, Lead: "'+1", 'Who else is involved': "'-2", 'Resources or cost': "'@SUM(A1)", Status: 'Done' });
  });

  it('writes the progress log with the action by its words', () => {
    const updates = [{ id: 'u1', cells: { date: '2025-02-01', action: 'a2', update: 'Opened, twice late', status: 'at-risk', next: 'Office manager opens' } }];
    const rows = parsed(progressLogCsv(input({ 'progress-log': { updates } }))).data;
    expect(rows).toEqual([{ Date: '2025-02-01', Action: 'Action number 2: open classrooms early', 'What happened': 'Opened, twice late', Status: 'At risk', 'Next step': 'Office manager opens' }]);
  });

  it('writes one line per indicator measurement', () => {
    const rows = parsed(indicatorsCsv(input())).data;
    expect(rows.map((row) => [row['Indicator'], row['Kind'], row['Baseline'], row['Measured on'], row['Value']])).toEqual([
      ['Pupils who feel they belong', 'Percentage', '62', '2025-03-20', '68'],
      ['Pupils who feel they belong', 'Percentage', '62', '2025-06-02', '77'],
    ]);
    expect(rows[0]?.['Measure again on']).toBe('2025-06-01');
  });

  it('replaces names with roles when asked', () => {
    const csv = actionPlanCsv(input({}, true));
    expect(csv).not.toContain('Priya Shah');
    expect(csv).toContain('SENCo');
  });
});
