/** Hostile text printed into a PDF comes back as literal text: nothing crashes, nothing is interpreted. */
import { describe, expect, it } from 'vitest';
import { buildPdf } from '../../../src/pdf';
import { filledWorkbook, loadFonts, loadLensGroups, loadWorksheets, pdfText } from '../pdf/support';
import { HOSTILE_INVISIBLE, HOSTILE_LINES, HOSTILE_MARKUP, LONG_ANSWER } from '../../support/hostile-text';

const worksheets = loadWorksheets();
const lensGroups = loadLensGroups();
const fonts = loadFonts();

/** A filled workbook with hostile text in a long answer, a list, table cells and the title. */
function hostileWorkbook() {
  const workbook = filledWorkbook(2, {
    'our-goal': { goals: [{ id: 'g1', cells: { goal: HOSTILE_LINES, why: HOSTILE_MARKUP.script, 'who-benefits': HOSTILE_MARKUP.img, success: HOSTILE_MARKUP.url } }] },
    'looking-back': { keep: [{ id: 'k1', text: HOSTILE_MARKUP.script }], learned: HOSTILE_LINES, 'next-focus': LONG_ANSWER },
  });
  workbook.title = `${HOSTILE_MARKUP.script} plan`;
  return workbook;
}

describe('hostile text in the PDF', { timeout: 60_000 }, () => {
  it('prints markup, script addresses and invisible characters as literal text', async () => {
    const result = await buildPdf({ workbook: hostileWorkbook(), worksheets, lensGroups, fonts }, { kind: 'plan', stages: ['plan', 'measure'], namesAsRoles: false, paper: 'a4', generatedAt: new Date('2025-05-01T10:00:00') });
    if (!result.ok) throw new Error(result.problem);
    const text = pdfText(result.bytes).join('\n');
    const flat = text.replace(/\s+/g, ' ');
    for (const sample of Object.values(HOSTILE_MARKUP)) expect(flat).toContain(sample);
    // Invisible characters may be printed or dropped; the visible words around them survive.
    const visible = (sample: string): string => sample.replace(/[\u200B-\u200D\u202A-\u202E\uFEFF]/g, '');
    const readable = flat.replace(/[\u200B-\u200D\u202A-\u202E\uFEFF]/g, '');
    expect(readable).toContain(visible(HOSTILE_INVISIBLE.zeroWidth));
    expect(readable).toContain('to left override');
    expect(flat).toContain('End of the long answer.');
    // Page breaks fall between words, so every word of the 100,000-character answer is printed once.
    expect(flat.match(/\bgoes on\b/g)?.length).toBe(3571);
    expect(result.fileName).toMatch(/^[a-z0-9-]+\.pdf$/);
  });
});
