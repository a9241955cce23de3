/** Long text: paragraphs, in a box that grows as you type. */
import * as z from 'zod/mini';
import { FieldBaseShape } from '../common';

/** A long-text field in worksheet frontmatter. */
export const LongTextDefinitionSchema = z.strictObject({
  ...FieldBaseShape,
  type: z.literal('long-text'),
  /** Starting height in lines; the box grows beyond it. */
  rows: z._default(z.int().check(z.minimum(2), z.maximum(20)), 4),
});
/** A long-text field definition. */
export type LongTextDefinition = z.infer<typeof LongTextDefinitionSchema>;

/** The saved answer. */
export const LongTextValueSchema = z.string();
/** The saved answer. */
export type LongTextValue = z.infer<typeof LongTextValueSchema>;

/** True when the answer has something other than spaces and line breaks in it. */
export function isAnswered(value: LongTextValue | undefined): boolean {
  return (value ?? '').trim() !== '';
}
