/** List: items people add, edit, reorder with buttons and remove (with undo). */
import * as z from 'zod/mini';
import { FieldBaseShape, RowBaseShape, type RefItem } from '../common';

/** A list field in worksheet frontmatter. */
export const ListDefinitionSchema = z.strictObject({
  ...FieldBaseShape,
  type: z.literal('list'),
  /** One item, in words, for buttons: "Add an idea", "Remove idea 3". */
  itemName: z._default(z.string().check(z.minLength(2)), 'item'),
  /** The most items allowed, if any. */
  max: z.optional(z.int().check(z.minimum(1))),
});
/** A list field definition. */
export type ListDefinition = z.infer<typeof ListDefinitionSchema>;

/** One saved item. */
export const ListItemSchema = z.looseObject({ ...RowBaseShape, text: z.string() });
/** One saved item. */
export type ListItem = z.infer<typeof ListItemSchema>;

/** The saved answer: the items in order. */
export const ListValueSchema = z.array(ListItemSchema);
/** The saved answer. */
export type ListValue = z.infer<typeof ListValueSchema>;

/** True when at least one item has some text (blank items do not count). */
export function isAnswered(value: ListValue): boolean {
  return value.some((item) => item.text.trim() !== '');
}

/** The items as references for other fields, in order; blank items are left out. */
export function listItemsAsRefItems(value: ListValue): RefItem[] {
  return value.filter((item) => item.text.trim() !== '').map((item) => ({ id: item.id, label: item.text.trim() }));
}
