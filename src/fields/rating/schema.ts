/** Rating: one point on a scale whose every level has a label. */
import * as z from 'zod/mini';
import { FieldBaseShape } from '../common';

/** A rating field in worksheet frontmatter. */
export const RatingDefinitionSchema = z.strictObject({
  ...FieldBaseShape,
  type: z.literal('rating'),
  /** The levels, lowest first; each needs words, not just a number. */
  levels: z.array(z.string().check(z.minLength(1))).check(z.minLength(3), z.maxLength(7)),
});
/** A rating field definition. */
export type RatingDefinition = z.infer<typeof RatingDefinitionSchema>;

/** The saved answer: the chosen level, 1 for the first. */
export const RatingValueSchema = z.int().check(z.minimum(1), z.maximum(7));
/** The saved answer. */
export type RatingValue = z.infer<typeof RatingValueSchema>;

/** True when a level is chosen. */
export function isAnswered(value: RatingValue | undefined): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

/** A level's number and words together, such as "2 – Sometimes"; undefined when off the scale. */
export function describeLevel(levels: readonly string[], value: RatingValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  const words = levels[value - 1];
  return words === undefined ? undefined : `${value} – ${words}`;
}
