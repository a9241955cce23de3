/** The PDF builders, read back with pdftotext: scripts, headings, every action row, page numbers, metadata, names. */
import { describe, expect, it } from 'vitest';
import { buildPdf, NAMES_REPLACED_NOTE, type PdfOptions } from '../../../src/pdf';
import { filledWorkbook, loadFonts, loadLensGroups, loadWorksheets, pdfFonts, pdfInfo, pdfText, SCRIPTS } from './support';

const worksheets = loadWorksheets();
const lensGroups = loadLensGroups();
const fonts = loadFonts();
const generatedAt = new Date('2025-05-01T10:00:00');
const base: PdfOptions = { kind: 'plan', namesAsRoles: false, paper: 'a4', generatedAt };

async function build(options: Partial<PdfOptions>, workbook = filledWorkbook()) {
  const result = await buildPdf({ workbook, worksheets, lensGroups, fonts }, { ...base, ...options });
  if (!result.ok) throw new Error(result.problem);
  return { ...result, pages: pdfText(result.bytes) };
}

const flat = (pages: string[]) => pages.join('\n').replace(/\s+/g, ' ');

describe('the whole plan', { timeout: 60_000 }, () => {
  it('prints text in every supported script, every stage heading, page numbers and the sign-off', async () => {
    const { pages, fileName, unsupported } = await build({});
    const text = flat(pages);
    for (const sample of Object.values(SCRIPTS)) expect(text).toContain(sample);
    for (const headingText of ['Get started', 'Stage 1: Reflect', 'Stage 2: Plan', 'Stage 3: Implement', 'Stage 4: Measure', 'Contents', 'Sign-off', 'Signature']) expect(text).toContain(headingText);
    for (const sheet of worksheets) expect(text).toContain(sheet.title);
    expect(pages[1]).toContain(`Page 2 of ${pages.length}`);
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
    expect(pages[0]).toContain('Ysgol y Dŵr');
    expect(fileName).toBe('ysgol-gymraeg-plan-plan-2025-05-01.pdf');
    expect(unsupported).toEqual([]);
  });

  it('sets title, author, subject, language and creation date', async () => {
    const { bytes } = await build({});
    const info = pdfInfo(bytes);
    expect(info['Title']).toBe('Ysgol Gymraeg Plan: inclusive policy plan');
    expect(info['Author']).toBe('Ysgol Gymraeg Plan');
    expect(info['Subject']).toContain('Inclusive policy planning');
    expect(info['CreationDate']).toMatch(/^2025-05-01/);
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: bytes.slice() }).promise;
    const meta = await doc.getMetadata();
    expect((meta.info as Record<string, unknown>)['Language']).toBe('en-GB');
  });

  it('prints every row of a 200-action plan and repeats the table header on each page', async () => {
    const { pages } = await build({ stages: ['plan'] }, filledWorkbook(200));
    const text = flat(pages);
    for (let index = 1; index <= 200; index += 1) expect(text).toContain(`Action number ${index}: open classrooms early`);
    const tablePages = pages.filter((page) => /Action number \d+:/.test(page.replace(/\s+/g, ' ')));
    expect(tablePages.length).toBeGreaterThan(5);
    for (const page of tablePages) expect(page).toContain('Success');
  });

  it('embeds only the glyphs it uses, so a typical plan stays under 400 KB', async () => {
    const { bytes } = await build({}, filledWorkbook(12));
    expect(bytes.length).toBeLessThan(400 * 1024);
    const fontsUsed = pdfFonts(bytes);
    expect(fontsUsed.map((font) => font.name.replace(/-\d+$/, '')).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
    for (const font of fontsUsed) expect(font).toMatchObject({ embedded: true, unicode: true });
  });

  it('prints only the chosen stages', async () => {
    const text = flat((await build({ stages: ['measure'] })).pages);
    expect(text).toContain('Stage 4: Measure');
    expect(text).not.toContain('Stage 1: Reflect');
  });

  it('replaces every team name with a role when asked, says so on the cover and in the file name', async () => {
    const named = await build({});
    const withNames = flat(named.pages);
    expect(withNames).toContain('Priya Shah');
    expect(withNames).not.toContain(NAMES_REPLACED_NOTE);
    const roles = await build({ namesAsRoles: true });
    const text = flat(roles.pages);
    for (const name of ['Priya', 'Shah', 'Tomasz', 'Nowak']) expect(text).not.toContain(name);
    expect(text).toContain('SENCo');
    expect(text).toContain('Year 4 teacher');
    expect(roles.pages[0]!.replace(/\s+/g, ' ')).toContain(NAMES_REPLACED_NOTE);
    expect(roles.fileName).toBe('ysgol-gymraeg-plan-plan-roles-2025-05-01.pdf');
    expect(roles.fileName).not.toBe(named.fileName);
  });

  it('keeps a name in the title out of the file name and the document title', async () => {
    const workbook = filledWorkbook();
    workbook.title = 'Priya Shah’s plan';
    const { fileName, bytes } = await build({ namesAsRoles: true, kind: 'worksheet', worksheetId: 'action-plan' }, workbook);
    expect(fileName).toBe('senco-s-plan-action-plan-roles-2025-05-01.pdf');
    expect(pdfInfo(bytes)['Title']).not.toMatch(/Priya|Shah/);
    expect(flat(pdfText(bytes))).toContain(NAMES_REPLACED_NOTE);
  });

  it('reports text in a script the font cannot show, with a placeholder instead of garbage', async () => {
    const workbook = filledWorkbook(3, { 'what-belonging-means': { 'our-definition': 'สวัสดี and 你好 here' } });
    const { pages, unsupported } = await build({}, workbook);
    expect(unsupported).toEqual(['สวัสดี and 你好 here']);
    expect(flat(pages)).toContain('□ and □ here');
  });

  it('shows percent favourable, and no figure for a group under 5', async () => {
    const text = flat((await build({ stages: ['measure'] })).pages);
    expect(text).toContain('Year 5 (1 Mar 2025): 70% favourable overall');
    expect(text).toContain('Small group: Not shown (fewer than 5 responses)');
  });
});

describe('single worksheets, plan on a page and class sets', { timeout: 60_000 }, () => {
  it('prints one worksheet filled, and blank with no answers', async () => {
    const filled = await build({ kind: 'worksheet', worksheetId: 'action-plan' });
    expect(filled.fileName).toBe('ysgol-gymraeg-plan-action-plan-2025-05-01.pdf');
    expect(flat(filled.pages)).toContain('Action number 1: open classrooms early');
    const blank = await build({ kind: 'blank-worksheet', worksheetId: 'action-plan' });
    expect(blank.fileName).toBe('ysgol-gymraeg-plan-action-plan-blank-2025-05-01.pdf');
    expect(flat(blank.pages)).toContain('Our actions');
    expect(flat(blank.pages)).not.toContain('Action number 1');
  });

  it('fits the plan on a page onto one landscape page, saying how many more', async () => {
    const { pages, bytes, fileName } = await build({ kind: 'plan-on-a-page' }, filledWorkbook(200));
    expect(pages).toHaveLength(1);
    expect(fileName).toBe('ysgol-gymraeg-plan-plan-on-a-page-2025-05-01.pdf');
    expect(flat(pages)).toMatch(/and \d+ more/);
    for (const words of ['Priorities', 'Actions', 'Indicators', 'Next review', 'Pupils who feel they belong']) expect(flat(pages)).toContain(words);
    expect(pdfInfo(bytes)['Page size']).toMatch(/^841\.8\d* x 595\.2\d*/);
  });

  it('prints one response sheet per pupil, as many as asked for', async () => {
    const { pages } = await build({ kind: 'pulse-class-set', worksheetId: 'pupil-pulse', fieldId: 'older', copies: 4 });
    expect(pages).toHaveLength(4);
    for (const page of pages) expect(page).toContain('I feel happy when I come into school.');
    expect(flat(pages)).not.toContain('Page 1');
  });

  it('uses US Letter when asked', async () => {
    const { bytes } = await build({ kind: 'blank-worksheet', worksheetId: 'our-goal', paper: 'letter' });
    expect(pdfInfo(bytes)['Page size']).toMatch(/^612 x 792/);
  });

  it('refuses a worksheet that does not exist with a sentence', async () => {
    const result = await buildPdf({ workbook: filledWorkbook(), worksheets, lensGroups, fonts }, { ...base, kind: 'worksheet', worksheetId: 'nope' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(/could not be found/);
  });
});

