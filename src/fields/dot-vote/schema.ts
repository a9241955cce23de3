/** Dot vote: + and − buttons per item, with totals (no dragging). */
import * as z from 'zod/mini';
import { FieldBaseShape, FieldRefSchema } from '../common';
import type { RefItem } from '../common';

/** A dot-vote field in worksheet frontmatter. */
export const DotVoteDefinitionSchema = z.strictObject({
  ...FieldBaseShape,
  type: z.literal('dot-vote'),
  /** The field whose items are voted on. */
  itemsFrom: FieldRefSchema,
  /** Suggested dots per person, shown as guidance. */
  dotsPerPerson: z._default(z.int().check(z.minimum(1), z.maximum(10)), 3),
});
/** A dot-vote field definition. */
export type DotVoteDefinition = z.infer<typeof DotVoteDefinitionSchema>;

/** The saved answer: dots per item id. */
export const DotVoteValueSchema = z.record(z.string(), z.int().check(z.minimum(0), z.maximum(999)));
/** The saved answer. */
export type DotVoteValue = z.infer<typeof DotVoteValueSchema>;

/** The most dots one item can hold (the value schema's ceiling). */
export const MAX_DOTS = 999;

/** "1 dot", "4 dots". */
export function describeDots(count: number): string {
  return count === 1 ? '1 dot' : `${count} dots`;
}

/** Items that share a number of dots: one place in the "Most dots" list. */
export interface DotRank {
  /** The dots each of these items has. */
  total: number;
  /** The items with that many dots, in source order; more than one is a tie. */
  items: RefItem[];
}

/** Items with at least one dot, grouped by total, most first; ties share a place. Pure. */
export function rankByDots(items: readonly RefItem[], value: DotVoteValue | undefined): DotRank[] {
  const byTotal = new Map<number, RefItem[]>();
  for (const item of items) {
    const total = value?.[item.id] ?? 0;
    if (total > 0) byTotal.set(total, [...(byTotal.get(total) ?? []), item]);
  }
  return [...byTotal.entries()].sort(([a], [b]) => b - a).map(([total, tied]) => ({ total, items: tied }));
}

/** True when any item has at least one dot. */
export function isAnswered(value: DotVoteValue): boolean {
  return Object.values(value).some((count) => count > 0);
}
