/**
 * The PDF builder, loaded with import() only when someone exports. A pure
 * function of validated data → bytes: no DOM, no stores. It never throws:
 * a problem comes back as a sentence to show.
 */
import { PDFDocument } from '@cantoo/pdf-lib';
import type { StageId } from '../lib/cycle';
import { WorkbookSchema, type Workbook } from '../model/workbook';
import { downloadName } from '../worksheets/file-names';
import { keepText, namesToRoles } from '../worksheets/names-to-roles';
import type { LensQuestionGroup, WorksheetDef } from '../worksheets/types';
import { compose, frameFor, type DocumentParts } from './compose';
import { classSetParts, surveysOf } from './documents/class-set';
import { planOnAPageParts } from './documents/plan-on-a-page';
import { planParts, worksheetParts } from './documents/plan';
import { embedFonts, type EmbeddedFonts } from './fonts';
import { paragraph } from './layout/blocks';
import { paginate } from './layout/paginate';
import type { Frame } from './layout/types';
import { renderPages } from './render';
import { localDay } from '../lib/dates';
import { workbookScope, type WorkbookScope } from './workbook-scope';

/** What to build from. */
export interface PdfInput {
  workbook: Workbook;
  worksheets: WorksheetDef[];
  lensGroups: Record<string, LensQuestionGroup[]>;
  fonts: { regular: Uint8Array; bold: Uint8Array };
}

/** Which document, and how. */
export interface PdfOptions {
  kind: 'plan' | 'worksheet' | 'blank-worksheet' | 'plan-on-a-page' | 'pulse-class-set';
  worksheetId?: string;
  /** For the class set: which survey on the worksheet (the first when not given). */
  fieldId?: string;
  /** For the class set: how many response sheets. */
  copies?: number;
  stages?: StageId[];
  namesAsRoles: boolean;
  paper: 'a4' | 'letter';
  generatedAt: Date;
}

/** The built PDF, or why it could not be made. */
export type PdfResult = { ok: true; bytes: Uint8Array; fileName: string; unsupported: string[] } | { ok: false; problem: string };

interface Plan {
  parts: DocumentParts;
  frame: Frame;
  title: string;
  nameParts: string[];
}

/** Works out the document's parts, frame, title and file name parts. */
function planDocument(scope: WorkbookScope, input: PdfInput, options: PdfOptions, fonts: EmbeddedFonts): Plan | string {
  const portrait = frameFor(options.paper);
  const name = scope.workbook.title;
  if (options.kind === 'plan') return { parts: planParts(scope, input.worksheets, input.lensGroups, options.stages, options.generatedAt), frame: portrait, title: `${name}: inclusive policy plan`, nameParts: ['plan'] };
  if (options.kind === 'plan-on-a-page') {
    const frame = frameFor(options.paper, true);
    const parts = planOnAPageParts(scope, (blocks) => paginate(blocks, frame, fonts.measure).pages.length === 1);
    return { parts, frame, title: `${name}: plan on a page`, nameParts: ['plan-on-a-page'] };
  }
  const sheet = input.worksheets.find((def) => def.id === options.worksheetId);
  if (!sheet) return 'That worksheet could not be found, so there is nothing to print. Reload the page and try again.';
  if (options.kind === 'pulse-class-set') {
    const survey = surveysOf(sheet).find((field) => !options.fieldId || field.id === options.fieldId);
    if (!survey) return 'This worksheet has no survey to print for pupils.';
    return { parts: classSetParts(survey, options.copies ?? 30, portrait, name), frame: portrait, title: `${survey.label}: response sheets`, nameParts: [sheet.id, 'class-set'] };
  }
  const blank = options.kind === 'blank-worksheet';
  return { parts: worksheetParts(scope, sheet, input.lensGroups, blank), frame: portrait, title: `${sheet.title}${blank ? ' (blank)' : ''}`, nameParts: blank ? [sheet.id, 'blank'] : [sheet.id] };
}

/** The line that says a copy has roles instead of names. */
export const NAMES_REPLACED_NOTE = 'In this copy, team members’ names are replaced with their roles.';

/** The parts with the note above on the cover, or first in the body when there is no cover. */
function withNamesReplacedNote(parts: DocumentParts): DocumentParts {
  if (parts.plain) return parts;
  const note = paragraph(NAMES_REPLACED_NOTE, { size: 11, bold: true });
  return parts.cover ? { ...parts, cover: [...parts.cover, note] } : { ...parts, body: [note, ...parts.body] };
}

/** Sets the document's title, author, subject, language and dates. */
function setMetadata(doc: PDFDocument, title: string, author: string, date: Date): void {
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setAuthor(author);
  doc.setSubject('Inclusive policy planning, made with the Belonging Workbook');
  doc.setKeywords(['inclusion', 'belonging', 'school policy']);
  doc.setLanguage('en-GB');
  doc.setCreator('Belonging Workbook');
  doc.setProducer('Belonging Workbook (pdf-lib)');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
}

/** E.g. "our-plan-plan-2025-05-01.pdf", or "our-plan-plan-roles-2025-05-01.pdf" with names replaced (pass the title through the filter first). */
export function pdfFileName(title: string, nameParts: readonly string[], day: string, namesAsRoles: boolean): string {
  return downloadName(title, namesAsRoles ? [...nameParts, 'roles'] : nameParts, day, 'pdf');
}

/** Builds a PDF from a workbook. Never throws. */
export async function buildPdf(input: PdfInput, options: PdfOptions): Promise<PdfResult> {
  const parsed = WorkbookSchema.safeParse(input.workbook);
  if (!parsed.success) return { ok: false, problem: 'This workbook could not be read for printing. Export it as a file to keep it safe, then reload the page and try again.' };
  try {
    const workbook = parsed.data;
    const doc = await PDFDocument.create();
    const rewrite = options.namesAsRoles ? namesToRoles(workbook.setup.team) : keepText;
    const fonts = await embedFonts(doc, input.fonts, rewrite);
    const day = localDay(options.generatedAt);
    const scope = workbookScope(workbook, input.worksheets, day);
    const plan = planDocument(scope, input, options, fonts);
    if (typeof plan === 'string') return { ok: false, problem: plan };
    const parts = options.namesAsRoles ? withNamesReplacedNote(plan.parts) : plan.parts;
    renderPages(doc, compose(parts, plan.frame, fonts.measure), plan.frame, fonts);
    setMetadata(doc, fonts.measure.prepare(plan.title), fonts.measure.prepare(workbook.title), options.generatedAt);
    const bytes = await doc.save({ useObjectStreams: true });
    return { ok: true, bytes, fileName: pdfFileName(rewrite(workbook.title), plan.nameParts, day, options.namesAsRoles), unsupported: fonts.unsupported() };
  } catch (error) {
    return { ok: false, problem: `The PDF could not be made (${error instanceof Error ? error.message : String(error)}). Try again, or use your browser's Print, then Save as PDF.` };
  }
}
