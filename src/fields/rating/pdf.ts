/** A rating in PDF: the level in number and words, or a tick box per level. */
import type { FieldPdf } from '../../pdf/field-context';
import { notAnswered, tickBoxes } from '../../pdf/layout/common-blocks';
import { paragraph } from '../../pdf/layout/blocks';
import { describeLevel, type RatingDefinition, type RatingValue } from './schema';

/** Draws a rating field. */
export const ratingPdf: FieldPdf<RatingDefinition, RatingValue> = (definition, value, context) => {
  if (context.blank) return tickBoxes(definition.levels.map((level, index) => `${index + 1} – ${level}`));
  const words = describeLevel(definition.levels, value);
  return words ? [paragraph(`${words} (on a scale of 1 to ${definition.levels.length})`)] : [notAnswered()];
};
