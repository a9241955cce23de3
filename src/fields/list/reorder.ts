/**
 * Pure helpers for ordered rows (list items, table rows): move, remove and
 * put back. They never change the array they are given.
 */

/** A copy with the rows whose ids are `a` and `b` swapped; unchanged if either is missing. */
export function swapIds<T extends { id: string }>(items: readonly T[], a: string, b: string): T[] {
  const first = items.find((item) => item.id === a);
  const second = items.find((item) => item.id === b);
  if (!first || !second) return [...items];
  return items.map((item) => (item.id === a ? second : item.id === b ? first : item));
}

/** A copy without the element at `index`. */
export function withoutIndex<T>(items: readonly T[], index: number): T[] {
  return items.filter((_item, position) => position !== index);
}

/** A copy with `item` put at `index` (or at the end when the list has since got shorter). */
export function insertAt<T>(items: readonly T[], index: number, item: T): T[] {
  const at = Math.max(0, Math.min(index, items.length));
  return [...items.slice(0, at), item, ...items.slice(at)];
}

/** Shortens text for a message, so a long item does not flood a screen reader. */
export function shortText(text: string, max = 60): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed;
}
