/** Short text: one line, such as a name or a title. */
import * as z from 'zod/mini';
import { FieldBaseShape } from '../common';

/** A short-text field in worksheet frontmatter. */
export const ShortTextDefinitionSchema = z.strictObject({
  ...FieldBaseShape,
  type: z.literal('short-text'),
  /** Longest answer accepted, in characters. */
  maxLength: z._default(z.int().check(z.minimum(1), z.maximum(500)), 200),
});
/** A short-text field definition. */
export type ShortTextDefinition = z.infer<typeof ShortTextDefinitionSchema>;

/** The saved answer. */
export const ShortTextValueSchema = z.string();
/** The saved answer. */
export type ShortTextValue = z.infer<typeof ShortTextValueSchema>;

/** True when the answer has something other than spaces in it. */
export function isAnswered(value: ShortTextValue | undefined): boolean {
  return (value ?? '').trim() !== '';
}

/**
 * How many characters are left, but only once the answer nears its limit
 * (the last tenth, and never fewer than the last 10), so the count does not
 * nag while there is plenty of room. Negative when a saved answer is longer
 * than the limit (for example after the worksheet lowered it).
 */
export function charactersLeftToShow(length: number, maxLength: number): number | undefined {
  const left = maxLength - length;
  const nearLimit = Math.max(10, Math.ceil(maxLength / 10));
  return left <= nearLimit ? left : undefined;
}

/** The words for a count of characters left (or over), in plain English. */
export function describeCharactersLeft(left: number): string {
  if (left < 0) return `${-left} ${-left === 1 ? 'character' : 'characters'} too many: please shorten this answer`;
  if (left === 0) return 'No characters left';
  return `${left} ${left === 1 ? 'character' : 'characters'} left`;
}
