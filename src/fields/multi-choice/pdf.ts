/** Several choices in PDF: the chosen options as bullets, or a tick box per option. */
import type { FieldPdf } from '../../pdf/field-context';
import { notAnswered, tickBoxes } from '../../pdf/layout/common-blocks';
import { bullets, writingLines } from '../../pdf/layout/blocks';
import { idInWords, resolveOptions } from '../choice/options';
import type { MultiChoiceDefinition, MultiChoiceValue } from './schema';

/** Draws a multi-choice field. */
export const multiChoicePdf: FieldPdf<MultiChoiceDefinition, MultiChoiceValue> = (definition, value, context) => {
  const options = resolveOptions(definition, context.itemsOf);
  if (context.blank) return options.length > 0 ? tickBoxes(options.map((option) => option.label)) : [writingLines(3)];
  if (!value || value.length === 0) return [notAnswered()];
  return bullets(value.map((id) => options.find((option) => option.value === id)?.label ?? idInWords(id)));
};
