/**
 * The embedded font (regular and bold), as pdf-lib fonts and as the
 * measurer the layout engine uses. Widths are the sum of each character's
 * advance (cached), which is how pdf-lib draws the text.
 *
 * The font engine is upstream fontkit 2 rather than `@pdf-lib/fontkit`: the
 * latter crashes when subsetting DejaVu ("reading 'pos'"), while fontkit 2
 * subsets it with composite glyphs (Ŵ, ș, ę …) intact, so only the glyphs a
 * document uses are embedded.
 */
import { create } from 'fontkit';
import type { PDFDocument, PDFFont } from '@cantoo/pdf-lib';
import type { Measurer } from './layout/types';
import { makeTextSafety } from './text-safety';

/** The embedded fonts and what they can print. */
export interface EmbeddedFonts {
  regular: PDFFont;
  bold: PDFFont;
  measure: Measurer;
  /** Text that held characters the font cannot show. */
  unsupported: () => string[];
}

/** A width function for one font with a per-character cache. */
function advances(font: PDFFont): (text: string) => number {
  const cache = new Map<string, number>();
  return (text) => {
    let total = 0;
    for (const char of text) {
      let width = cache.get(char);
      if (width === undefined) {
        width = font.widthOfTextAtSize(char, 1);
        cache.set(char, width);
      }
      total += width;
    }
    return total;
  };
}

/**
 * OpenType features switched off: text is NFC-normalised and drawn left to
 * right one glyph per character, and shaping every line with the font's
 * lookups made a long plan several times slower to build.
 */
const NO_SHAPING = Object.fromEntries(['ccmp', 'locl', 'rlig', 'rclt', 'calt', 'clig', 'liga', 'kern', 'mark', 'mkmk', 'curs', 'dist', 'abvm', 'blwm'].map((tag) => [tag, false]));

interface FontkitLike {
  glyphForCodePoint: (codePoint: number) => unknown;
  layout: (text: string) => { glyphs: unknown[] };
}

/**
 * Replaces fontkit's full shaping with one glyph per character (cached by
 * fontkit). pdf-lib calls layout() for every string it draws or measures;
 * shaping is only needed for scripts this builder refuses anyway, and it
 * made a long plan several seconds slower. Falls back silently if pdf-lib's
 * internals ever change shape.
 */
function useSimpleLayout(font: PDFFont): void {
  const fontkitFont = (font as unknown as { embedder?: { font?: FontkitLike } }).embedder?.font;
  if (!fontkitFont || typeof fontkitFont.glyphForCodePoint !== 'function') return;
  fontkitFont.layout = (text: string) => ({ glyphs: Array.from(text, (char) => fontkitFont.glyphForCodePoint(char.codePointAt(0) ?? 0x20)) });
}

/** Embeds both fonts (subset) and builds the measurer; `rewrite` swaps names for roles. */
export async function embedFonts(doc: PDFDocument, bytes: { regular: Uint8Array; bold: Uint8Array }, rewrite: (text: string) => string): Promise<EmbeddedFonts> {
  doc.registerFontkit({ create });
  const regular = await doc.embedFont(bytes.regular, { subset: true, features: NO_SHAPING });
  const bold = await doc.embedFont(bytes.bold, { subset: true, features: NO_SHAPING });
  useSimpleLayout(regular);
  useSimpleLayout(bold);
  const regularSet = new Set(regular.getCharacterSet());
  const boldSet = new Set(bold.getCharacterSet());
  const safety = makeTextSafety((codePoint) => regularSet.has(codePoint) && boldSet.has(codePoint));
  const widthRegular = advances(regular);
  const widthBold = advances(bold);
  const measure: Measurer = {
    width: (text, size, isBold) => (isBold ? widthBold(text) : widthRegular(text)) * size,
    prepare: (text) => safety.clean(rewrite(text)),
  };
  return { regular, bold, measure, unsupported: safety.unsupported };
}
