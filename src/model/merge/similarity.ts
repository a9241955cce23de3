/**
 * How alike two entries are, for flagging duplicates when contributions are
 * merged. Pure and dependency-free.
 *
 * - Exact: the same text once spaces at the ends are trimmed, runs of spaces
 *   collapsed and letter case folded ("More breaks" = " more  breaks ").
 * - Near: the same words once punctuation is ignored, or a small edit
 *   distance for the length (at least 80% alike, letter by letter), or a high
 *   overlap of words (at least 75% of the words shared, for entries of three
 *   or more words). Short entries need the letter-by-letter test, so "PE"
 *   and "RE" are not near duplicates.
 */

/** How alike two entries are. */
export type Likeness = 'exact' | 'near' | 'different';

/** Letters at least this alike (1 − distance ÷ longer length) are near duplicates. */
export const NEAR_EDIT_RATIO = 0.8;

/** Entries sharing at least this share of their words (Jaccard) are near duplicates. */
export const NEAR_TOKEN_OVERLAP = 0.75;

/** Trimmed, spaces collapsed, case folded: the basis of "exact". */
export function foldText(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('en-GB');
}

/** Folded, with punctuation and symbols turned into spaces: the basis of "near". */
export function normaliseText(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Levenshtein distance (insertions, deletions, substitutions), by code point. */
export function editDistance(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= right.length; j += 1) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      row.push(Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = row;
  }
  return previous[right.length] ?? 0;
}

/** 1 for identical strings down to 0: one minus the edit distance over the longer length. */
export function editRatio(a: string, b: string): number {
  const longer = Math.max([...a].length, [...b].length);
  return longer === 0 ? 1 : 1 - editDistance(a, b) / longer;
}

/** The share of distinct words the two have in common (Jaccard index), 0 to 1. */
export function tokenOverlap(a: string, b: string): number {
  const left = new Set(normaliseText(a).split(' ').filter(Boolean));
  const right = new Set(normaliseText(b).split(' ').filter(Boolean));
  const union = new Set([...left, ...right]);
  if (union.size === 0) return 1;
  const shared = [...left].filter((word) => right.has(word)).length;
  return shared / union.size;
}

/** Whether two entries are exact duplicates, near duplicates or different. */
export function compareTexts(a: string, b: string): Likeness {
  const foldedA = foldText(a);
  const foldedB = foldText(b);
  if (foldedA === '' || foldedB === '') return 'different';
  if (foldedA === foldedB) return 'exact';
  const normalA = normaliseText(a);
  const normalB = normaliseText(b);
  if (normalA === normalB) return 'near';
  if (editRatio(normalA, normalB) >= NEAR_EDIT_RATIO) return 'near';
  const words = Math.min(normalA.split(' ').length, normalB.split(' ').length);
  return words >= 3 && tokenOverlap(a, b) >= NEAR_TOKEN_OVERLAP ? 'near' : 'different';
}
