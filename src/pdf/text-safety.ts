/**
 * What the embedded font can print. Text is normalised (NFC) so accented
 * letters typed as letter + mark become one character; any character the
 * font lacks, or from a script drawn right to left or needing shaping (which
 * a PDF built this way cannot lay out), is replaced by a visible placeholder
 * and the text it came from is reported.
 */

/** Printed instead of characters that cannot be shown. */
export const PLACEHOLDER = '□';

/** Scripts this builder lays out correctly: Latin, Greek, Cyrillic, punctuation and common symbols. */
const PRINTABLE_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x2af],
  [0x2b0, 0x36f],
  [0x370, 0x3ff],
  [0x400, 0x52f],
  [0x1e00, 0x1fff],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
  [0x2100, 0x218f],
  [0x2190, 0x21ff],
  [0x2200, 0x22ff],
  [0x2500, 0x27bf],
];

/** True when a code point is in a script this builder can lay out. */
export function inPrintableScript(codePoint: number): boolean {
  return PRINTABLE_RANGES.some(([low, high]) => codePoint >= low && codePoint <= high);
}

/** Control and direction-formatting characters, dropped silently (they print nothing). */
function isInvisibleControl(codePoint: number): boolean {
  if (codePoint === 0x0a) return false;
  return codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f) || (codePoint >= 0x200b && codePoint <= 0x200f) || (codePoint >= 0x2028 && codePoint <= 0x202e) || codePoint === 0xfeff;
}

/** Replaces what cannot be printed; each run of such characters becomes one placeholder. */
export function makeTextSafety(hasGlyph: (codePoint: number) => boolean): { clean: (text: string) => string; unsupported: () => string[] } {
  const found = new Set<string>();
  const ok = (char: string) => {
    const codePoint = char.codePointAt(0) ?? 0;
    return char === '\n' || (inPrintableScript(codePoint) && hasGlyph(codePoint));
  };
  const cache = new Map<string, string>();
  const clean = (text: string): string => {
    const cached = cache.get(text);
    if (cached !== undefined) return cached;
    const chars = Array.from(text.normalize('NFC').replace(/\t|\u2028/g, ' ')).filter((char) => !isInvisibleControl(char.codePointAt(0) ?? 0));
    let out = '';
    let bad = false;
    for (const char of chars) {
      if (ok(char)) out += char;
      else {
        if (!out.endsWith(PLACEHOLDER)) out += PLACEHOLDER;
        bad = true;
      }
    }
    if (bad) found.add(text.trim().replace(/\s+/g, ' ').slice(0, 80));
    cache.set(text, out);
    return out;
  };
  return { clean, unsupported: () => [...found] };
}
