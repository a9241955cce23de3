/** A date in PDF: written out in words, or a line to write on. */
import type { FieldPdf } from '../../pdf/field-context';
import { notAnswered } from '../../pdf/layout/common-blocks';
import { paragraph, writingLines } from '../../pdf/layout/blocks';
import { formatDateInWords } from '../../lib/dates';
import type { DateDefinition, DateValue } from './schema';

/** Draws a date field. */
export const datePdf: FieldPdf<DateDefinition, DateValue> = (_definition, value, context) => {
  if (context.blank) return [writingLines(1)];
  const words = formatDateInWords(value);
  return words ? [paragraph(words)] : [notAnswered()];
};
