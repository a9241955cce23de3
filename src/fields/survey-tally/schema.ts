/**
 * Survey tally: a short anonymous pupil "pulse". Statements are answered on
 * a 3- or 5-point scale with symbols; staff enter the counts per group on
 * the device. Results are shown as percent favourable, and never for a
 * group of fewer than MIN_GROUP_SIZE responses.
 */
import * as z from 'zod/mini';
import { FieldBaseShape, SlugSchema } from '../common';

/** Below this many responses, no figure is shown for a group: small groups can identify pupils. */
export const MIN_GROUP_SIZE = 5;

/** A survey-tally field in worksheet frontmatter. */
export const SurveyTallyDefinitionSchema = z
  .strictObject({
    ...FieldBaseShape,
    type: z.literal('survey-tally'),
    /** Who this version is for, e.g. "Younger pupils (ages 5 to 8)". */
    audience: z.string().check(z.minLength(3)),
    /** The statements pupils respond to (our own wording). */
    items: z.array(z.strictObject({ id: SlugSchema, text: z.string().check(z.minLength(5)) })).check(z.minLength(2), z.maxLength(12)),
    /** The response scale, least favourable first; 3 or 5 points, each with a symbol and words. */
    scale: z.array(z.strictObject({ symbol: z.string().check(z.minLength(1)), label: z.string().check(z.minLength(2)) })),
    /** How many of the top points count as favourable (e.g. 1 on a 3-point scale, 2 on a 5-point). */
    favourableTop: z.int().check(z.minimum(1), z.maximum(2)),
  })
  .check(z.refine((field) => field.scale.length === 3 || field.scale.length === 5, { error: 'the scale needs 3 or 5 points', path: ['scale'] }));
/** A survey-tally field definition. */
export type SurveyTallyDefinition = z.infer<typeof SurveyTallyDefinitionSchema>;

/** One group's counts: per item id, the number of responses at each scale point. */
export const TallyGroupSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  /** A group label such as "Year 4" or "Whole school" — never a pupil's name. */
  label: z.string(),
  /** The date the pulse was taken. */
  date: z._default(z.union([z.iso.date(), z.literal('')]), ''),
  counts: z.record(z.string(), z.array(z.int().check(z.minimum(0)))),
});
/** One group's counts. */
export type TallyGroup = z.infer<typeof TallyGroupSchema>;

/** The saved answer. */
export const SurveyTallyValueSchema = z.array(TallyGroupSchema);
/** The saved answer. */
export type SurveyTallyValue = z.infer<typeof SurveyTallyValueSchema>;

/**
 * Percent favourable for one item's counts, or null when there are fewer
 * than MIN_GROUP_SIZE responses (the figure must not be shown).
 */
export function percentFavourable(counts: readonly number[], favourableTop: number): number | null {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total < MIN_GROUP_SIZE) return null;
  const favourable = counts.slice(counts.length - favourableTop).reduce((sum, count) => sum + count, 0);
  return Math.round((favourable / total) * 100);
}

/** One statement's result for a group. Figures are null when the group is too small to show them. */
export interface StatementSummary {
  /** The statement's id. */
  id: string;
  /** The statement's words. */
  text: string;
  /** False when fewer than MIN_GROUP_SIZE answered: no figure may be shown. */
  shown: boolean;
  /** How many answered; null when not shown. */
  responses: number | null;
  /** Percent favourable; null when not shown. */
  percent: number | null;
}

/** A group's results: per statement, and overall across the statements that can be shown. */
export interface GroupSummary {
  /** Per statement, in the definition's order. */
  statements: StatementSummary[];
  /** Pooled percent favourable over the shown statements; null when none can be shown. */
  overall: number | null;
  /** How many statements the overall figure covers. */
  statementsCounted: number;
}

/** One statement's counts, fitted to the scale's length (missing points count as 0). */
export function countsFor(group: TallyGroup, itemId: string, scaleLength: number): number[] {
  const saved = group.counts[itemId] ?? [];
  return Array.from({ length: scaleLength }, (_, index) => saved[index] ?? 0);
}

const sum = (values: readonly number[]) => values.reduce((total, count) => total + count, 0);

/**
 * A group's results with small-group suppression: a statement answered by
 * fewer than MIN_GROUP_SIZE shows no figure at all, and the overall figure
 * pools only the statements that can be shown, so a hidden one cannot be
 * worked out from it. Pure.
 */
export function groupSummary(definition: Pick<SurveyTallyDefinition, 'items' | 'scale' | 'favourableTop'>, group: TallyGroup): GroupSummary {
  const length = definition.scale.length;
  let favourable = 0;
  let responses = 0;
  let statementsCounted = 0;
  const statements = definition.items.map((item): StatementSummary => {
    const counts = countsFor(group, item.id, length);
    const percent = percentFavourable(counts, definition.favourableTop);
    if (percent === null) return { id: item.id, text: item.text, shown: false, responses: null, percent: null };
    statementsCounted += 1;
    responses += sum(counts);
    favourable += sum(counts.slice(length - definition.favourableTop));
    return { id: item.id, text: item.text, shown: true, responses: sum(counts), percent };
  });
  const overall = statementsCounted === 0 ? null : Math.round((favourable / responses) * 100);
  return { statements, overall, statementsCounted };
}

/** True when any group has at least one response counted. */
export function isAnswered(value: SurveyTallyValue): boolean {
  return value.some((group) => Object.values(group.counts).some((counts) => counts.some((count) => count > 0)));
}
