/**
 * Where a choice or multi-choice gets its options: the fixed `options` in
 * its definition, or the items of another field (`optionsFrom`), which the
 * island resolves. Shared by the choice and multi-choice fields.
 */
import type { FieldRef, Option } from '../common';
import type { FieldContext } from '../field-type';

/** What a choice-like definition says about its options. */
export interface OptionSource {
  /** Fixed options, in order. */
  options?: Option[] | undefined;
  /** Or another field whose items are the options. */
  optionsFrom?: FieldRef | undefined;
}

/** The options to offer now: fixed ones, or the referenced field's items as options. */
export function resolveOptions(source: OptionSource, itemsOf: FieldContext['itemsOf']): Option[] {
  if (source.options) return source.options;
  if (!source.optionsFrom) return [];
  return itemsOf(source.optionsFrom).map((item) => ({ value: item.id, label: item.label || 'Untitled item' }));
}

/** Turns an id such as "policy-areas" into words: "Policy areas". */
export function idInWords(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Says plainly where to add items when the source field has none yet. The
 * component only knows the source's ids, so they are turned into words.
 */
export function emptySourceMessage(ref: FieldRef | undefined): string {
  if (!ref) return 'Nothing to choose from yet.';
  const where = ref.worksheet ? ` on the ‘${idInWords(ref.worksheet)}’ worksheet` : ' on this worksheet';
  return `Nothing to choose from yet: add items in ‘${idInWords(ref.field)}’${where} first.`;
}
