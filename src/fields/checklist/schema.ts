/** Checklist: things to tick off, with a count of how many are done. */
import * as z from 'zod/mini';
import { FieldBaseShape, SlugSchema } from '../common';

/** A checklist field in worksheet frontmatter. */
export const ChecklistDefinitionSchema = z.strictObject({
  ...FieldBaseShape,
  type: z.literal('checklist'),
  /** The things to tick, in order. */
  items: z.array(z.strictObject({ id: SlugSchema, label: z.string().check(z.minLength(2)), hint: z.optional(z.string()) })).check(z.minLength(1)),
});
/** A checklist field definition. */
export type ChecklistDefinition = z.infer<typeof ChecklistDefinitionSchema>;

/** The saved answer: the ids of the ticked items. */
export const ChecklistValueSchema = z.array(z.string());
/** The saved answer. */
export type ChecklistValue = z.infer<typeof ChecklistValueSchema>;

/** True when at least one item is ticked. */
export function isAnswered(value: ChecklistValue | undefined): boolean {
  return (value ?? []).length > 0;
}

/** How many of the definition's items are ticked (ids no longer listed do not count). */
export function countDone(definition: Pick<ChecklistDefinition, 'items'>, value: ChecklistValue | undefined): number {
  const ticked = new Set(value ?? []);
  return definition.items.filter((item) => ticked.has(item.id)).length;
}

/** True when every item is ticked: for "complete" on the cycle dashboard. */
export function isComplete(definition: Pick<ChecklistDefinition, 'items'>, value: ChecklistValue | undefined): boolean {
  return countDone(definition, value) === definition.items.length;
}

/**
 * Ticks or unticks one item. The value lists ticked items in the
 * checklist's order; ids no longer on the checklist are kept at the end.
 */
export function toggleItem(definition: Pick<ChecklistDefinition, 'items'>, value: ChecklistValue, id: string): ChecklistValue {
  const ticked = new Set(value);
  if (ticked.has(id)) ticked.delete(id);
  else ticked.add(id);
  const known = new Set(definition.items.map((item) => item.id));
  const inOrder = definition.items.filter((item) => ticked.has(item.id)).map((item) => item.id);
  return [...inOrder, ...value.filter((old) => !known.has(old) && ticked.has(old))];
}
