/** The cover page and the sign-off block shared by the plan documents. */
import { formatDateInWords, localDay } from '../../lib/dates';
import { idInWords } from '../../fields/choice/options';
import type { Workbook } from '../../model/workbook';
import type { LensQuestionGroup } from '../../worksheets/types';
import { BODY, MUTED, graphic, heading, paragraph } from '../layout/blocks';
import type { Block, Op, TextBlock } from '../layout/types';

/** The approaches' titles, by id, from any stage's lens groups. */
export function approachTitles(workbook: Workbook, lensGroups: Record<string, LensQuestionGroup[]>): string[] {
  const titles = new Map(Object.values(lensGroups).flat().map((group) => [group.lensId, group.title]));
  return workbook.setup.approaches.map((id) => titles.get(id) ?? idInWords(id));
}

const big = (text: string, size: number, bold: boolean, spaceAfter: number): TextBlock => ({ kind: 'text', text, size, bold, indent: 0, spaceBefore: 0, spaceAfter, keepWithNext: false });

/** A date in words, or a dash. */
const day = (iso: string | undefined) => formatDateInWords(iso) ?? 'not set';

/** The cover: document kind, workbook name, school, cycle dates, approaches, date generated. */
export function coverBlocks(workbook: Workbook, kind: string, approaches: string[], generatedAt: Date): Block[] {
  const { setup } = workbook;
  const facts = [
    `Cycle: ${day(setup.cycleStart)} to ${day(setup.cycleEnd)}`,
    `Review date: ${day(setup.reviewDate)}`,
    `Planning approaches: ${approaches.length > 0 ? approaches.join('; ') : 'none chosen yet'}`,
    ...(setup.policyAreas.length > 0 ? [`Policy areas: ${setup.policyAreas.join('; ')}`] : []),
  ];
  return [
    graphic(150, () => []),
    big(kind, 13, false, 8),
    big(workbook.title, 28, true, 10),
    ...(setup.schoolName?.trim() ? [big(setup.schoolName.trim(), 16, false, 18)] : []),
    graphic(10, ({ x, y, width }): Op[] => [{ op: 'line', x1: x, y1: y, x2: x + width, y2: y, width: 1.2, color: [0.22, 0.38, 0.62] }]),
    ...facts.map((fact) => paragraph(fact, { size: 11 })),
    paragraph(`Generated on ${formatDateInWords(localDay(generatedAt)) ?? ''}`, { size: 11 }),
    graphic(40, () => []),
    paragraph('Made with the Belonging Workbook, an independent companion to Belonging in School (Alcorn, Zdorovtsova & Astle, 2023, MRC Cognition and Brain Sciences Unit, University of Cambridge).', { size: 8.5, muted: true }),
  ];
}

/** One signatory: name or role, signature and date, with lines to write on. */
function signatory(): Block {
  const rows = ['Name or role', 'Signature', 'Date'];
  return graphic(rows.length * 26 + 8, ({ x, y, width }) =>
    rows.flatMap((label, index): Op[] => [
      { op: 'text', x, y: y + index * 26 + 18, text: label, size: BODY, bold: false, color: MUTED },
      { op: 'line', x1: x + 95, y1: y + index * 26 + 20, x2: x + Math.min(width, 400), y2: y + index * 26 + 20, width: 0.6 },
    ]),
  );
}

/** The sign-off block for governors or leaders: two signatories. */
export function signOffBlocks(anchor?: string): Block[] {
  return [
    heading('Sign-off', 1, anchor),
    paragraph('Agreed by the people below, for the governing body or leadership team.', { keepWithNext: true }),
    signatory(),
    signatory(),
  ];
}
