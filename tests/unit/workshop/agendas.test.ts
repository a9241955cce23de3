import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AGENDAS, clockTime, stepStarts, totalMinutes, type Agenda } from '../../../src/islands/workshop/agendas';

const guide = readFileSync(new URL('../../../content/guide/facilitator-guide.mdx', import.meta.url), 'utf8');
const worksheetIds = new Set(readdirSync(new URL('../../../content/worksheets/', import.meta.url)).map((name) => name.replace(/\.mdx$/, '')));

/** The rows of the first table after a heading: [time, activity, who]. */
function tableAfter(heading: string): string[][] {
  const start = guide.indexOf(heading);
  if (start < 0) throw new Error(`No heading ${heading}`);
  const lines = guide.slice(start).split('\n');
  const rows: string[][] = [];
  for (const line of lines.slice(1)) {
    if (line.startsWith('|')) rows.push(line.split('|').slice(1, -1).map((cell) => cell.trim()));
    else if (rows.length > 0) break;
  }
  return rows.slice(2);
}

/** The plan's steps written as the guide's table rows. */
function asRows(agenda: Agenda): string[][] {
  const starts = stepStarts(agenda);
  return agenda.steps.map((step, index) => {
    const start = starts[index] ?? 0;
    return [`${clockTime(start)}–${clockTime(start + step.minutes)}`, step.title, step.who];
  });
}

const plans: [string, string, number][] = [
  ['ninety', '## A 90-minute workshop plan', 90],
  ['session-1', '### Session 1', 45],
  ['session-2', '### Session 2', 45],
  ['session-3', '### Session 3', 45],
];

describe('workshop agendas', () => {
  for (const [id, heading, minutes] of plans) {
    it(`matches the facilitator's guide for ${id}`, () => {
      const agenda = AGENDAS.find((candidate) => candidate.id === id);
      expect(agenda).toBeDefined();
      if (!agenda) return;
      expect(asRows(agenda)).toEqual(tableAfter(heading));
      expect(totalMinutes(agenda)).toBe(minutes);
    });
  }

  it('names only worksheets and prompts that exist', () => {
    for (const step of AGENDAS.flatMap((agenda) => agenda.steps)) {
      if (!step.worksheet) continue;
      expect(worksheetIds.has(step.worksheet), step.worksheet).toBe(true);
      if (step.field) {
        const text = readFileSync(new URL(`../../../content/worksheets/${step.worksheet}.mdx`, import.meta.url), 'utf8');
        expect(text).toContain(`id: ${step.field}`);
      }
    }
  });

  it('writes times as the guide does', () => {
    expect(clockTime(0)).toBe('0:00');
    expect(clockTime(72)).toBe('1:12');
  });
});
