/** Multi-choice: any number of options, up to an optional cap. */
import * as z from 'zod/mini';
import { FieldBaseShape, FieldRefSchema, OptionSchema } from '../common';

/** A multi-choice field in worksheet frontmatter: give `options` or `optionsFrom`. */
export const MultiChoiceDefinitionSchema = z
  .strictObject({
    ...FieldBaseShape,
    type: z.literal('multi-choice'),
    /** The options, in order. */
    options: z.optional(z.array(OptionSchema).check(z.minLength(2))),
    /** Or: offer the items of another field. */
    optionsFrom: z.optional(FieldRefSchema),
    /** The most that may be chosen (for example 3 live priorities). */
    max: z.optional(z.int().check(z.minimum(1))),
    /** Why there is a cap, shown when it is reached. */
    maxReason: z.optional(z.string()),
  })
  .check(z.refine((field) => Boolean(field.options) !== Boolean(field.optionsFrom), { error: 'give either options or optionsFrom, not both' }));
/** A multi-choice field definition. */
export type MultiChoiceDefinition = z.infer<typeof MultiChoiceDefinitionSchema>;

/** The saved answer: chosen values (or item ids), in the order chosen. */
export const MultiChoiceValueSchema = z.array(z.string());
/** The saved answer. */
export type MultiChoiceValue = z.infer<typeof MultiChoiceValueSchema>;

/** True when at least one option is chosen. */
export function isAnswered(value: MultiChoiceValue | undefined): boolean {
  return (value ?? []).length > 0;
}

/**
 * Ticks or unticks one option. Ticking adds it at the end (the value keeps
 * the order chosen); unticking removes it. Other saved values, even ones no
 * longer offered, are kept.
 */
export function toggleChoice(value: MultiChoiceValue, option: string): MultiChoiceValue {
  return value.includes(option) ? value.filter((chosen) => chosen !== option) : [...value, option];
}

/** "2 of 3 chosen" when there is a cap, otherwise "2 chosen". */
export function describeChosenCount(count: number, max: number | undefined): string {
  return max === undefined ? `${count} chosen` : `${count} of ${max} chosen`;
}

/**
 * What to say when the cap is reached or passed, or undefined below it.
 * `reason` is the worksheet's own explanation (`maxReason`).
 */
export function describeCap(count: number, max: number | undefined, reason: string | undefined): string | undefined {
  if (max === undefined || count < max) return undefined;
  const why = reason ? ` ${/[.!?]$/.test(reason.trim()) ? reason.trim() : `${reason.trim()}.`}` : '';
  if (count > max) {
    const extra = count - max;
    return `That is more than the ${max} allowed.${why} Untick ${extra} so that only ${max} remain.`;
  }
  return `You have chosen the most allowed (${max}).${why} To choose another, untick one first.`;
}
