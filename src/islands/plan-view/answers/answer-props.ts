/**
 * The contract between the plan view and each field type's read-only
 * renderer: the field's definition, its checked value, the items it draws
 * on (already resolved) and a few lookups. Renderers are pure: no stores.
 */
import type { FieldRef, RefItem } from '../../../fields/common';
import type { TextFilter } from '../../../worksheets/names-to-roles';

/** Lookups every answer may need. */
export interface AnswerContext {
  /** Rewrites free text before it is shown ("Replace names with roles"). */
  text: TextFilter;
  /** The items of another field, labels already filtered. */
  itemsOf: (ref: FieldRef) => RefItem[];
  /** The saved value of another field on the same worksheet. */
  valueOf: (fieldId: string) => unknown;
  /** The saved value of any field in the cycle. */
  rawValueOf: (ref: FieldRef) => unknown;
  /** Today as YYYY-MM-DD, for Overdue. */
  today: string;
}

/** The props of every answer renderer. */
export interface AnswerProps<Definition, Value> {
  /** The field's definition. */
  definition: Definition;
  /** The saved value, checked against the field's value schema. */
  value: Value;
  /** The items the field draws on (itemsFrom, optionsFrom or rowsFrom); empty when none. */
  items: readonly { id: string; label: string }[];
  /** Lookups. */
  context: AnswerContext;
}

/** An item's label by id, or a note that it is no longer listed. */
export function itemLabel(items: readonly RefItem[], id: string): string {
  return items.find((item) => item.id === id)?.label ?? `${id} (no longer listed)`;
}
