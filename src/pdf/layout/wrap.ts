/**
 * Word wrapping by measured width: lines break at spaces, never with a
 * hyphen; a word wider than the line is cut into pieces that fit. Hard line
 * breaks in the text are kept.
 */
import type { Measurer } from './types';

/** Cuts one word wider than `maxWidth` into pieces that each fit (at least one character each). */
export function breakLongWord(word: string, maxWidth: number, size: number, bold: boolean, measure: Measurer): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of Array.from(word)) {
    if (piece !== '' && measure.width(piece + char, size, bold) > maxWidth) {
      pieces.push(piece);
      piece = char;
    } else piece += char;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** Wraps one paragraph (no line breaks inside) into lines no wider than `maxWidth`. */
function wrapParagraph(paragraph: string, maxWidth: number, size: number, bold: boolean, measure: Measurer): string[] {
  const words = paragraph.split(/ +/).filter((word) => word !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure.width(candidate, size, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    if (measure.width(word, size, bold) <= maxWidth) {
      line = word;
      continue;
    }
    const pieces = breakLongWord(word, maxWidth, size, bold, measure);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
  }
  lines.push(line);
  return lines;
}

/**
 * Wraps text into lines no wider than `maxWidth` points. Tabs become spaces;
 * each hard line break starts a new line; an empty text gives one empty line.
 */
export function wrapText(text: string, maxWidth: number, size: number, bold: boolean, measure: Measurer): string[] {
  const clean = measure.prepare(text).replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
  return clean.split('\n').flatMap((paragraph) => wrapParagraph(paragraph.trim(), maxWidth, size, bold, measure));
}

/** The distance from one baseline to the next for text of `size`. */
export function lineHeight(size: number): number {
  return size * 1.3;
}

/** Text cut to fit `maxWidth` on one line, ending with "…" when cut. */
export function truncateToWidth(text: string, maxWidth: number, size: number, bold: boolean, measure: Measurer): string {
  const clean = measure.prepare(text).replace(/\s+/g, ' ').trim();
  if (measure.width(clean, size, bold) <= maxWidth) return clean;
  const chars = Array.from(clean);
  while (chars.length > 0 && measure.width(`${chars.join('')}…`, size, bold) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}
