/**
 * Draws any field in PDF by handing it to its type's renderer in
 * src/fields/<type>/pdf.ts. A saved value that no longer fits its type is
 * never dropped: it is printed as text, as the worksheet page shows it.
 */
import { checklistPdf } from '../fields/checklist/pdf';
import { choicePdf } from '../fields/choice/pdf';
import { datePdf } from '../fields/date/pdf';
import type { FieldDefinition } from '../fields/definitions';
import { dotVotePdf } from '../fields/dot-vote/pdf';
import { indicatorPdf } from '../fields/indicator/pdf';
import { listPdf } from '../fields/list/pdf';
import { longTextPdf } from '../fields/long-text/pdf';
import { multiChoicePdf } from '../fields/multi-choice/pdf';
import { priorityMatrixPdf } from '../fields/priority-matrix/pdf';
import { ratingPdf } from '../fields/rating/pdf';
import { shortTextPdf } from '../fields/short-text/pdf';
import { statusPdf } from '../fields/status/pdf';
import { surveyTallyPdf } from '../fields/survey-tally/pdf';
import { tablePdf } from '../fields/table/pdf';
import { readValue } from '../fields/values';
import type { FieldPdf, PdfFieldContext } from './field-context';
import { paragraph } from './layout/blocks';
import type { Block } from './layout/types';

const RENDERERS: { [T in FieldDefinition['type']]: FieldPdf<Extract<FieldDefinition, { type: T }>, never> } = {
  'short-text': shortTextPdf,
  'long-text': longTextPdf,
  choice: choicePdf,
  'multi-choice': multiChoicePdf,
  checklist: checklistPdf,
  date: datePdf,
  rating: ratingPdf,
  list: listPdf,
  table: tablePdf,
  status: statusPdf,
  'priority-matrix': priorityMatrixPdf,
  'dot-vote': dotVotePdf,
  indicator: indicatorPdf,
  'survey-tally': surveyTallyPdf,
};

/** The blocks for one field's answer (or, blank, its space to write in). */
export function fieldBlocks(definition: FieldDefinition, raw: unknown, context: PdfFieldContext): Block[] {
  const read = context.blank ? ({ state: 'empty' } as const) : readValue(definition, raw);
  if (read.state === 'unreadable') return [paragraph(`This answer no longer fits the question, so it is shown as saved: ${JSON.stringify(read.raw)}`, { muted: true })];
  const render = RENDERERS[definition.type] as FieldPdf<FieldDefinition, unknown>;
  return render(definition, read.state === 'ok' ? read.value : undefined, context);
}
