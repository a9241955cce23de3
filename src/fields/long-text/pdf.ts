/** Long text in PDF: the answer as paragraphs, or as many lines to write on as the box has rows. */
import type { FieldPdf } from '../../pdf/field-context';
import { notAnswered } from '../../pdf/layout/common-blocks';
import { paragraph, writingLines } from '../../pdf/layout/blocks';
import type { LongTextDefinition, LongTextValue } from './schema';

/** Draws a long-text field. */
export const longTextPdf: FieldPdf<LongTextDefinition, LongTextValue> = (definition, value, context) => {
  if (context.blank) return [writingLines(Math.max(3, definition.rows))];
  const paragraphs = (value ?? '').split(/\n\s*\n/).map((text) => text.trim()).filter((text) => text !== '');
  return paragraphs.length > 0 ? paragraphs.map((text) => paragraph(text)) : [notAnswered()];
};
