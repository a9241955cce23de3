/**
 * Indicator: how a team will know. In "define" mode a team lists its
 * indicators with a baseline and a target; in "follow-up" mode (Results)
 * each indicator from the defining field gets dated follow-up values, an
 * accessible chart with a data table, the change, and an interpretation.
 */
import * as z from 'zod/mini';
import { FieldBaseShape, FieldRefSchema, RowBaseShape } from '../common';

/** Kinds of measure. Saved in workbooks: do not rename. */
export const INDICATOR_KINDS = ['percent', 'count', 'score', 'rating'] as const;

/** Words for each kind. */
export const INDICATOR_KIND_LABELS: Record<(typeof INDICATOR_KINDS)[number], string> = {
  percent: 'Percentage',
  count: 'Count',
  score: 'Score',
  rating: 'Rating (1 to 5)',
};

/** An indicator field in worksheet frontmatter. */
export const IndicatorDefinitionSchema = z
  .strictObject({
    ...FieldBaseShape,
    type: z.literal('indicator'),
    /** "define" lists indicators; "follow-up" records results for another field's indicators. */
    mode: z._default(z.enum(['define', 'follow-up']), 'define'),
    /** For follow-up: the defining indicator field. */
    from: z.optional(FieldRefSchema),
  })
  .check(z.refine((field) => (field.mode === 'follow-up') === Boolean(field.from), { error: 'a follow-up indicator needs `from`, and only it' }));
/** An indicator field definition. */
export type IndicatorDefinition = z.infer<typeof IndicatorDefinitionSchema>;

// z.number() already refuses Infinity and NaN (zod 4's `.finite()` was a no-op).
const optionalNumber = z.optional(z.number());
const optionalDate = z.optional(z.union([z.iso.date(), z.literal('')]));

/** One indicator, as defined. */
export const IndicatorSchema = z.looseObject({
  ...RowBaseShape,
  /** What is measured, e.g. "Pupils who feel they belong (pulse, % favourable)". */
  name: z.string(),
  kind: z._default(z.enum(INDICATOR_KINDS), 'percent'),
  /** Where the number comes from. */
  source: z._default(z.string(), ''),
  baseline: optionalNumber,
  baselineDate: optionalDate,
  target: optionalNumber,
  /** When to measure again. */
  remeasureOn: optionalDate,
});
/** One indicator. */
export type Indicator = z.infer<typeof IndicatorSchema>;

/** Saved answer in define mode. */
export const IndicatorDefineValueSchema = z.array(IndicatorSchema);

/** One follow-up measurement. */
export const FollowUpSchema = z.looseObject({ id: z.string().check(z.minLength(1)), date: z.union([z.iso.date(), z.literal('')]), value: z.number() });

/** Saved answer in follow-up mode: per indicator id, its follow-ups and what the team makes of them. */
export const IndicatorFollowUpValueSchema = z.record(
  z.string(),
  z.looseObject({ followUps: z._default(z.array(FollowUpSchema), []), interpretation: z._default(z.string(), '') }),
);
/** Saved answer in follow-up mode. */
export type IndicatorFollowUpValue = z.infer<typeof IndicatorFollowUpValueSchema>;

/** Saved answer in define mode. */
export type IndicatorDefineValue = z.infer<typeof IndicatorDefineValueSchema>;
/** One follow-up measurement. */
export type FollowUp = z.infer<typeof FollowUpSchema>;
/** One indicator's follow-up record. */
export type IndicatorFollowUpEntry = IndicatorFollowUpValue[string];
/** Either saved answer, depending on the field's mode. */
export type IndicatorValue = IndicatorDefineValue | IndicatorFollowUpValue;

/**
 * The indicators in another field's saved value, read leniently: a row that
 * no longer fits is skipped here (for display only; nothing is written), so
 * one damaged row never hides the rest.
 */
export function indicatorsFromRaw(raw: unknown): Indicator[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((row: unknown) => {
    const parsed = IndicatorSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * True when something meaningful is entered: in define mode, an indicator
 * with a name; in follow-up mode, a follow-up value or an interpretation.
 */
export function isAnswered(value: IndicatorValue): boolean {
  if (Array.isArray(value)) return value.some((indicator) => indicator.name.trim() !== '');
  return Object.values(value).some((entry) => entry.followUps.length > 0 || entry.interpretation.trim() !== '');
}
