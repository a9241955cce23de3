/**
 * Status: where an action stands. "Overdue" is never chosen: it is worked
 * out from a due date that has passed on anything not yet done.
 */
import * as z from 'zod/mini';
import { FieldBaseShape, SlugSchema } from '../common';

/** The statuses people choose from, in order. Saved in workbooks: do not rename. */
export const STATUS_VALUES = ['not-started', 'on-track', 'at-risk', 'off-track', 'done'] as const;

/** One of the chosen statuses. */
export type StatusValue = (typeof STATUS_VALUES)[number];

/** What people see for each status (always words, never colour alone). */
export const STATUS_LABELS: Record<StatusValue, string> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  done: 'Done',
};

/** A status field in worksheet frontmatter. */
export const StatusDefinitionSchema = z.strictObject({
  ...FieldBaseShape,
  type: z.literal('status'),
  /** A date field on the same worksheet holding the due date, for Overdue. */
  dueField: z.optional(SlugSchema),
});
/** A status field definition. */
export type StatusDefinition = z.infer<typeof StatusDefinitionSchema>;

/** The saved answer. */
export const StatusValueSchema = z.enum(STATUS_VALUES);

/**
 * True when something not done has a due date before `today` (both
 * YYYY-MM-DD). Dates compare as text because the format sorts.
 */
export function isOverdue(status: StatusValue | undefined, due: string | undefined, today: string): boolean {
  if (!due || status === 'done') return false;
  return due < today;
}

/** True when a status has been chosen; "Not started", chosen on purpose, counts as an answer. */
export function isAnswered(value: StatusValue | undefined): boolean {
  return value !== undefined && (STATUS_VALUES as readonly string[]).includes(value);
}

/**
 * Reads a due date from another field's saved value: a YYYY-MM-DD string,
 * or undefined for anything else (unset, cleared, or not a date).
 */
export function dueDateFrom(saved: unknown): string | undefined {
  return typeof saved === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(saved) ? saved : undefined;
}
