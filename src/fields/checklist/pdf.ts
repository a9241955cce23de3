/** A checklist in PDF: every item marked "Done" or "Not done" in words, or tick boxes. */
import type { FieldPdf } from '../../pdf/field-context';
import { tickBoxes } from '../../pdf/layout/common-blocks';
import { bullets, paragraph } from '../../pdf/layout/blocks';
import { countDone, type ChecklistDefinition, type ChecklistValue } from './schema';

/** Draws a checklist field. */
export const checklistPdf: FieldPdf<ChecklistDefinition, ChecklistValue> = (definition, value, context) => {
  if (context.blank) return tickBoxes(definition.items.map((item) => item.label));
  const ticked = new Set(value ?? []);
  return [
    paragraph(`${countDone(definition, value)} of ${definition.items.length} done.`, { muted: true }),
    ...bullets(definition.items.map((item) => `${ticked.has(item.id) ? '☑ Done' : '☐ Not done'}: ${item.label}`)),
  ];
};
