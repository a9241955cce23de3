/** Short text in PDF: the answer as a paragraph, or one line to write on. */
import type { FieldPdf } from '../../pdf/field-context';
import { notAnswered } from '../../pdf/layout/common-blocks';
import { paragraph, writingLines } from '../../pdf/layout/blocks';
import type { ShortTextDefinition, ShortTextValue } from './schema';

/** Draws a short-text field. */
export const shortTextPdf: FieldPdf<ShortTextDefinition, ShortTextValue> = (_definition, value, context) => {
  if (context.blank) return [writingLines(1)];
  return value?.trim() ? [paragraph(value.trim())] : [notAnswered()];
};
