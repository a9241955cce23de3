/**
 * Shared by the PDF tests and the bench: the real worksheets and approaches
 * read from content/, a filled workbook (in many scripts, with an action
 * plan of any length), the development font, and reading a PDF back with
 * pdftotext (poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { popplerTool } from '../../../scripts/system-tools.mjs';
import { FieldDefinitionSchema } from '../../../src/fields/definitions';
import { STAGE_IDS, type StageId } from '../../../src/lib/cycle';
import { createWorkbook, WorkbookSchema, type JsonValue, type Workbook } from '../../../src/model';
import { SummarySchema } from '../../../src/worksheets/summary';
import type { LensQuestionGroup, WorksheetDef } from '../../../src/worksheets/types';
import { lensFieldId } from '../../../src/worksheets/lens-fields';

const root = new URL('../../../', import.meta.url).pathname;
const frontmatter = (file: string) => parse(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '') as Record<string, unknown>;

/** Every worksheet from content/worksheets, in stage then order. */
export function loadWorksheets(): WorksheetDef[] {
  const dir = join(root, 'content/worksheets');
  const entries = readdirSync(dir).filter((file) => file.endsWith('.mdx')).map((file) => ({ id: file.replace(/\.mdx$/, ''), data: frontmatter(join(dir, file)) }));
  entries.sort((a, b) => STAGE_IDS.indexOf(a.data['stage'] as StageId) - STAGE_IDS.indexOf(b.data['stage'] as StageId) || Number(a.data['order']) - Number(b.data['order']));
  return entries.map(({ id, data }) => ({
    id,
    title: String(data['title']),
    stage: data['stage'] as StageId,
    fields: (data['fields'] as unknown[]).map((field) => FieldDefinitionSchema.parse(field)),
    ...(data['summary'] ? { summary: SummarySchema.parse(data['summary']) } : {}),
  }));
}

/** The approaches' questions per stage, from content/lenses. */
export function loadLensGroups(): Record<string, LensQuestionGroup[]> {
  const dir = join(root, 'content/lenses');
  const lenses = readdirSync(dir).map((file) => ({ id: file.replace(/\.mdx$/, ''), data: frontmatter(join(dir, file)) })).sort((a, b) => Number(a.data['order']) - Number(b.data['order']));
  const groups: Record<string, LensQuestionGroup[]> = {};
  for (const stage of ['reflect', 'plan', 'implement', 'measure']) {
    groups[stage] = lenses.map((lens) => ({ lensId: lens.id, title: String(lens.data['title']), questions: (lens.data['questions'] as Record<string, LensQuestionGroup['questions']>)[stage] ?? [] }));
  }
  return groups;
}

/** The development font (regular and bold). */
export function loadFonts(): { regular: Uint8Array; bold: Uint8Array } {
  const dir = join(root, 'node_modules/dejavu-fonts-ttf/ttf');
  return { regular: new Uint8Array(readFileSync(join(dir, 'DejaVuSans.ttf'))), bold: new Uint8Array(readFileSync(join(dir, 'DejaVuSans-Bold.ttf'))) };
}

/** Text in the scripts the font must print. */
export const SCRIPTS = {
  welsh: 'Mae’r ŵyl yn dŷ i bawb',
  polish: 'Zażółć gęślą jaźń, ąęł',
  romanian: 'Școala și țara',
  lithuanian: 'Mokykla ėį ųū',
  turkish: 'Öğrenci ışık ğüş',
  greek: 'Καλημέρα σχολείο',
  cyrillic: 'Привіт, школа',
  quotes: '“curly quotes” and ‘single’ — dash…',
};

const answer = (value: unknown) => ({ value: value as JsonValue, updatedAt: '2025-01-10T10:00:00.000Z' });

/** A filled workbook: team with names, every stage answered, `actionCount` actions. */
export function filledWorkbook(actionCount = 6, extra: Record<string, Record<string, unknown>> = {}): Workbook {
  const base = createWorkbook('Ysgol Gymraeg Plan', '2025-01-01T09:00:00.000Z', 'wb-test');
  const workbook = structuredClone(base);
  workbook.setup = {
    ...workbook.setup,
    schoolName: 'Ysgol y Dŵr',
    team: [{ id: 'm1', name: 'Priya Shah', role: 'SENCo' }, { id: 'm2', name: 'Tomasz Nowak', role: 'Year 4 teacher' }, { id: 'm3', role: 'Headteacher' }],
    policyAreas: ['Behaviour', 'Uniform'],
    approaches: ['inclusion-as-belonging', 'participatory-policy-design'],
    cycleStart: '2025-01-06',
    cycleEnd: '2025-07-18',
    reviewDate: '2025-04-01',
  };
  const candidates = [{ id: 'c1', text: 'A calmer start to the day' }, { id: 'c2', text: 'Lunchtimes for everyone' }, { id: 'c3', text: 'Quiet spaces' }];
  const actions = Array.from({ length: actionCount }, (_, index) => ({
    id: `a${index + 1}`,
    cells: { action: `Action number ${index + 1}: open classrooms early`, priority: 'c1', lead: index % 2 ? 'Tomasz Nowak (Year 4 teacher)' : 'Priya Shah', involved: 'Teaching assistants', start: '2025-01-06', due: index % 3 === 0 ? '2025-02-14' : '2025-06-30', resources: '15 minutes a day', indicator: 'Fewer calm-corner visits', status: ['not-started', 'on-track', 'at-risk', 'off-track', 'done'][index % 5] ?? 'on-track' },
  }));
  const cycle = workbook.cycles[0]!;
  cycle.answers = {
    'what-belonging-means': { 'our-definition': answer(Object.values(SCRIPTS).join('\n\n')), [lensFieldId('inclusion-as-belonging', 'reflect-what-belonging-looks-like')]: answer('Pupils greeted by name at the door.') },
    'choosing-our-focus': { candidates: answer(candidates), priorities: answer(['c1', 'c2']), matrix: answer({ c1: { impact: 'high', effort: 'low' }, c2: { impact: 'high', effort: 'high' }, c3: { impact: 'low', effort: 'medium' } }), votes: answer({ c1: 5, c2: 3, c3: 1 }) },
    'action-plan': { actions: answer(actions) },
    'how-well-know': { indicators: answer([{ id: 'i1', name: 'Pupils who feel they belong', kind: 'percent', source: 'Pupil pulse', baseline: 62, baselineDate: '2025-01-10', target: 75, remeasureOn: '2025-06-01' }]) },
    results: { results: answer({ i1: { followUps: [{ id: 'f1', date: '2025-03-20', value: 68 }, { id: 'f2', date: '2025-06-02', value: 77 }], interpretation: 'Rising steadily.' } }) },
    'pupil-pulse': { older: answer([{ id: 'g1', label: 'Year 5', date: '2025-03-01', counts: { 'happy-arriving': [1, 2, 5, 9, 10] } }, { id: 'g2', label: 'Small group', date: '', counts: { 'happy-arriving': [0, 1, 1, 1, 0] } }]) },
    ...Object.fromEntries(Object.entries(extra).map(([sheet, fields]) => [sheet, Object.fromEntries(Object.entries(fields).map(([id, value]) => [id, answer(value)]))])),
  };
  return WorkbookSchema.parse(workbook);
}

/** The text of a PDF, page by page, read back with pdftotext. */
export function pdfText(bytes: Uint8Array, layout = false): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-test-'));
  const file = join(dir, 'out.pdf');
  writeFileSync(file, bytes);
  const text = execFileSync(popplerTool('pdftotext'), [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return text.split('\f').slice(0, -1);
}

/** The PDF's metadata as pdfinfo prints it. */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-info-'));
  const file = join(dir, 'out.pdf');
  writeFileSync(file, bytes);
  const text = execFileSync(popplerTool('pdfinfo'), ['-enc', 'UTF-8', '-isodates', file], { encoding: 'utf8' });
  return Object.fromEntries(text.split('\n').filter((line) => line.includes(':')).map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]));
}

/** The PDF's fonts as pdffonts lists them: name, embedded, has a ToUnicode map. */
export function pdfFonts(bytes: Uint8Array): { name: string; embedded: boolean; unicode: boolean }[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-fonts-'));
  const file = join(dir, 'out.pdf');
  writeFileSync(file, bytes);
  const rows = execFileSync(popplerTool('pdffonts'), [file], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim());
  return rows.map((line) => {
    const cells = line.trim().split(/\s+/);
    return { name: cells[0] ?? '', embedded: cells.at(-5) === 'yes', unicode: cells.at(-3) === 'yes' };
  });
}
