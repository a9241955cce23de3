/** A single choice in PDF: the chosen option's words, or a tick box per option. */
import type { FieldPdf } from '../../pdf/field-context';
import { notAnswered, tickBoxes } from '../../pdf/layout/common-blocks';
import { paragraph, writingLines } from '../../pdf/layout/blocks';
import { idInWords, resolveOptions } from './options';
import type { ChoiceDefinition, ChoiceValue } from './schema';

/** Draws a choice field. */
export const choicePdf: FieldPdf<ChoiceDefinition, ChoiceValue> = (definition, value, context) => {
  const options = resolveOptions(definition, context.itemsOf);
  if (context.blank) return options.length > 0 ? tickBoxes(options.map((option) => option.label)) : [writingLines(1)];
  if (!value) return [notAnswered()];
  const chosen = options.find((option) => option.value === value);
  return [paragraph(chosen?.label ?? idInWords(value))];
};
