/** A list in PDF: its items as bullets, or lines to write on. */
import type { FieldPdf } from '../../pdf/field-context';
import { bullets, writingLines } from '../../pdf/layout/blocks';
import type { ListDefinition, ListValue } from './schema';

/** Draws a list field. */
export const listPdf: FieldPdf<ListDefinition, ListValue> = (definition, value, context) => {
  if (context.blank) return [writingLines(Math.min(definition.max ?? 5, 8))];
  const items = (value ?? []).map((item) => item.text.trim()).filter((text) => text !== '');
  return bullets(items, `No ${definition.itemName}s recorded.`);
};
