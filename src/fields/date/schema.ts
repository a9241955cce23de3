/** Date: a calendar date. */
import * as z from 'zod/mini';
import { FieldBaseShape } from '../common';

/** A date field in worksheet frontmatter. */
export const DateDefinitionSchema = z.strictObject({
  ...FieldBaseShape,
  type: z.literal('date'),
});
/** A date field definition. */
export type DateDefinition = z.infer<typeof DateDefinitionSchema>;

/** The saved answer: YYYY-MM-DD, or empty when cleared. */
export const DateValueSchema = z.union([z.iso.date(), z.literal('')]);
/** The saved answer. */
export type DateValue = z.infer<typeof DateValueSchema>;

/** True when a date is set (a cleared date is saved as ''). */
export function isAnswered(value: DateValue | undefined): boolean {
  return (value ?? '') !== '';
}
