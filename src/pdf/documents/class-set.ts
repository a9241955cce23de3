/**
 * The pupil pulse as a class set: one anonymous response sheet per pupil,
 * each on its own page with large symbols to circle, as many copies as
 * asked for. Symbols and text grow to fill the page for short surveys.
 */
import type { SurveyTallyDefinition } from '../../fields/survey-tally/schema';
import { responseSheetBlocks } from '../../fields/survey-tally/pdf';
import type { WorksheetDef } from '../../worksheets/types';
import type { DocumentParts } from '../compose';
import { heading, pageBreak, paragraph } from '../layout/blocks';
import type { Block, Frame } from '../layout/types';

/** The most copies one export makes. */
export const MAX_COPIES = 200;

/** The survey fields on a worksheet. */
export function surveysOf(sheet: WorksheetDef): SurveyTallyDefinition[] {
  return sheet.fields.filter((field): field is SurveyTallyDefinition => field.type === 'survey-tally');
}

/**
 * How large to draw a sheet so it fills one page, and never spills onto a
 * second one: 1 is worksheet size. Long surveys shrink a little (to 0.8).
 */
export function sheetScale(items: number, frame: Frame): number {
  const available = frame.height - frame.marginTop - frame.marginBottom - 190;
  return Math.max(0.8, Math.min(1.8, available / (items * 72 + 60)));
}

/** The class set: `copies` response sheets, each on a new page. */
export function classSetParts(survey: SurveyTallyDefinition, copies: number, frame: Frame, title: string): DocumentParts {
  const count = Math.max(1, Math.min(MAX_COPIES, Math.floor(copies)));
  const scale = sheetScale(survey.items.length, frame);
  const sheet: Block[] = [heading('How I feel about school', 1), paragraph(survey.audience, { muted: true, size: 11 }), ...responseSheetBlocks(survey, scale)];
  const body = Array.from({ length: count }, (_, index) => [...(index > 0 ? [pageBreak] : []), ...sheet]).flat();
  return { body, header: title, headerRight: 'Pupil pulse', plain: true };
}
