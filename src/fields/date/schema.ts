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

/**
 * A YYYY-MM-DD date in words, such as "Tuesday 3 March 2026", so nobody has
 * to guess whether 03/04 means March or April. Read in UTC so the day never
 * shifts with the device's time zone. Undefined for anything not a real date.
 */
export function formatDateInWords(iso: string | undefined): string | undefined {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return undefined;
  // Weekday and date are formatted apart: some engines put a comma between them, others do not.
  const weekday = date.toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
  const dayMonthYear = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return `${weekday} ${dayMonthYear}`;
}
