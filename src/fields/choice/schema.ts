/** Choice: one option from a fixed list (or from another field's items). */
import * as z from 'zod/mini';
import { FieldBaseShape, FieldRefSchema, OptionSchema } from '../common';

/** A choice field in worksheet frontmatter: give `options` or `optionsFrom`. */
export const ChoiceDefinitionSchema = z
  .strictObject({
    ...FieldBaseShape,
    type: z.literal('choice'),
    /** The options, in order. */
    options: z.optional(z.array(OptionSchema).check(z.minLength(2))),
    /** Or: offer the items of another field. */
    optionsFrom: z.optional(FieldRefSchema),
  })
  .check(z.refine((field) => Boolean(field.options) !== Boolean(field.optionsFrom), { error: 'give either options or optionsFrom, not both' }));
/** A choice field definition. */
export type ChoiceDefinition = z.infer<typeof ChoiceDefinitionSchema>;

/** The saved answer: the chosen option's value (or item id). */
export const ChoiceValueSchema = z.string();
/** The saved answer. */
export type ChoiceValue = z.infer<typeof ChoiceValueSchema>;

/** True when an option is chosen (cleared choices are saved as ''). */
export function isAnswered(value: ChoiceValue | undefined): boolean {
  return (value ?? '') !== '';
}
