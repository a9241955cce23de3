import { describe, expect, it } from 'vitest';
import { calendarIcs } from '../../../src/exports/calendar';
import { escapeText, foldLine } from '../../../src/exports/ics';
import type { ExportInput } from '../../../src/exports/snapshot';
import { filledWorkbook, loadWorksheets } from '../pdf/support';

const worksheets = loadWorksheets();
const input = (namesAsRoles = false, now = new Date('2025-05-01T09:30:00Z'), actions = 2): ExportInput => ({ workbook: filledWorkbook(actions), worksheets, namesAsRoles, now });

/** Unfolds an ICS file and reads each event's properties. */
function events(ics: string): Record<string, string>[] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const found: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      found.push(current);
      current = undefined;
    }
    else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return found;
}

describe('calendar', () => {
  it('has an all-day event for each action date, the re-measure date and the review date', () => {
    const found = events(calendarIcs(input()));
    expect(found.map((event) => event['SUMMARY'])).toEqual([
      'Start: Action number 1: open classrooms early',
      'Due: Action number 1: open classrooms early',
      'Start: Action number 2: open classrooms early',
      'Due: Action number 2: open classrooms early',
      'Measure again: Pupils who feel they belong',
      'Review the plan: Ysgol Gymraeg Plan',
    ]);
    expect(found[1]).toMatchObject({ 'DTSTART;VALUE=DATE': '20250214', 'DTEND;VALUE=DATE': '20250215', DTSTAMP: '20250501T093000Z' });
  });

  it('keeps the same identifiers across two exports', () => {
    const first = events(calendarIcs(input(false, new Date('2025-05-01T09:30:00Z')))).map((event) => event['UID']);
    const second = events(calendarIcs(input(false, new Date('2025-06-11T15:00:00Z')))).map((event) => event['UID']);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    expect(first[0]).toBe('wb-test-a1-start@belonging-workbook');
  });

  it('folds every line at 75 octets without splitting a character', () => {
    const long = `${'Ysgol y Dŵr, ŵyl; '.repeat(12)}end`;
    const folded = foldLine(`SUMMARY:${escapeText(long)}`);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${escapeText(long)}`);
    for (const line of calendarIcs(input(false, undefined, 6)).split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('escapes commas, semicolons, backslashes and new lines', () => {
    expect(escapeText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne');
  });

  it('replaces names with roles when asked', () => {
    const plain = calendarIcs(input());
    expect(plain).toContain('Priya Shah');
    const roles = calendarIcs(input(true));
    expect(roles).not.toContain('Priya Shah');
    expect(roles).toContain('Lead: SENCo');
  });
});
