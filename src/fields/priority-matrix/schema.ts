/**
 * Priority matrix: each candidate placed by impact and by effort, with
 * buttons or selects (no dragging), then shown as a labelled grid.
 */
import * as z from 'zod/mini';
import { FieldBaseShape, FieldRefSchema } from '../common';
import type { RefItem } from '../common';

/** The three levels on each axis. Saved in workbooks: do not rename. */
export const MATRIX_LEVELS = ['low', 'medium', 'high'] as const;

/** A priority-matrix field in worksheet frontmatter. */
export const PriorityMatrixDefinitionSchema = z.strictObject({
  ...FieldBaseShape,
  type: z.literal('priority-matrix'),
  /** The field whose items are placed (usually a list on the same worksheet). */
  itemsFrom: FieldRefSchema,
});
/** A priority-matrix field definition. */
export type PriorityMatrixDefinition = z.infer<typeof PriorityMatrixDefinitionSchema>;

/** Where one item sits. */
export const PlacementSchema = z.looseObject({ impact: z.enum(MATRIX_LEVELS), effort: z.enum(MATRIX_LEVELS) });

/** The saved answer: a placement per item id (unplaced items are absent). */
export const PriorityMatrixValueSchema = z.record(z.string(), PlacementSchema);
/** The saved answer. */
export type PriorityMatrixValue = z.infer<typeof PriorityMatrixValueSchema>;

/** One placement. */
export type Placement = z.infer<typeof PlacementSchema>;
/** One level on an axis. */
export type MatrixLevel = (typeof MATRIX_LEVELS)[number];

/** Where a cell sits: the four corners are named; everything with a "medium" is the middle ground. */
export type Quadrant = 'quick-wins' | 'big-projects' | 'fill-ins' | 'think-twice' | 'middle';

/** A quadrant's short name and what it means, in words (never colour alone). */
export const QUADRANT_LABELS: Record<Quadrant, { name: string; meaning: string }> = {
  'quick-wins': { name: 'Quick wins', meaning: 'high impact, low effort' },
  'big-projects': { name: 'Big projects', meaning: 'high impact, high effort' },
  'fill-ins': { name: 'Fill-ins', meaning: 'low impact, low effort' },
  'think-twice': { name: 'Think twice', meaning: 'low impact, high effort' },
  middle: { name: 'Middle ground', meaning: 'medium impact or medium effort: talk it through' },
};

/** Words for a level on an axis, such as "High". */
export const LEVEL_LABELS: Record<MatrixLevel, string> = { low: 'Low', medium: 'Medium', high: 'High' };

/** Which quadrant a placement falls in. Pure. */
export function quadrantOf(placement: Pick<Placement, 'impact' | 'effort'>): Quadrant {
  const { impact, effort } = placement;
  if (impact === 'medium' || effort === 'medium') return 'middle';
  if (impact === 'high') return effort === 'low' ? 'quick-wins' : 'big-projects';
  return effort === 'low' ? 'fill-ins' : 'think-twice';
}

/** The grid's key for one cell. */
export function cellKey(impact: MatrixLevel, effort: MatrixLevel): string {
  return `${impact}:${effort}`;
}

/** A saved placement whose item has gone from the source list. */
export interface OrphanPlacement {
  /** The item id the placement was saved under. */
  id: string;
  /** The item's text when it was placed, if it was recorded. */
  label: string | undefined;
  /** Where it was placed. */
  placement: Placement;
}

/** Items sorted into the grid's cells, the unplaced ones, and placements whose item has gone. */
export interface PlacementsByCell {
  /** Per `cellKey(impact, effort)`, the items placed there, in source order. */
  cells: Map<string, RefItem[]>;
  /** Items with no placement yet. */
  unplaced: RefItem[];
  /** Saved placements for ids no longer in the source: kept, never dropped. */
  orphans: OrphanPlacement[];
}

/** Sorts the source items by their saved placements. Pure. */
export function placementsByCell(items: readonly RefItem[], value: PriorityMatrixValue | undefined): PlacementsByCell {
  const saved = value ?? {};
  const cells = new Map<string, RefItem[]>();
  const unplaced: RefItem[] = [];
  for (const item of items) {
    const placement = saved[item.id];
    if (!placement) {
      unplaced.push(item);
      continue;
    }
    const key = cellKey(placement.impact, placement.effort);
    cells.set(key, [...(cells.get(key) ?? []), item]);
  }
  const known = new Set(items.map((item) => item.id));
  const orphans = Object.entries(saved)
    .filter(([id]) => !known.has(id))
    .map(([id, placement]) => ({ id, label: typeof placement.label === 'string' ? placement.label : undefined, placement }));
  return { cells, unplaced, orphans };
}

/** True when at least one item has been placed. */
export function isAnswered(value: PriorityMatrixValue): boolean {
  return Object.keys(value).length > 0;
}
