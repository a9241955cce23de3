/**
 * Placing wrapped text on pages with widow and orphan control: a paragraph
 * that breaks leaves at least two lines at the foot of one page and carries
 * at least two to the next; a short paragraph moves whole.
 */
import type { Flow } from './flow';
import type { Measurer, Op, TextBlock } from './types';
import { lineHeight, wrapText } from './wrap';

/** The fewest lines left at the foot of a page or carried to the next. */
export const MIN_LINES = 2;

/** The lines of a text block, wrapped to the flow's column. */
export function textLines(block: TextBlock, flow: Flow, measure: Measurer): string[] {
  return wrapText(block.text, flow.width - block.indent, block.size, block.bold, measure);
}

/**
 * How many of `remaining` lines to put on a page with room for `fit` lines:
 * all, a split that keeps two lines on each side, or none (move on).
 */
export function linesForPage(remaining: number, fit: number): number {
  if (remaining <= fit) return remaining;
  if (remaining < 2 * MIN_LINES) return 0;
  const take = Math.min(fit, remaining - MIN_LINES);
  return take >= MIN_LINES ? take : 0;
}

/** The ops for one line of a text block at the given top. */
function lineOps(block: TextBlock, flow: Flow, line: string, top: number, first: boolean): Op[] {
  const baseline = top + block.size * 0.95;
  const x = flow.left + block.indent;
  const color = block.color ? { color: block.color } : {};
  const ops: Op[] = [{ op: 'text', x, y: baseline, text: line, size: block.size, bold: block.bold, ...color }];
  if (first && block.bullet) ops.push({ op: 'text', x: x - block.size * 1.1, y: baseline, text: block.bullet, size: block.size, bold: block.bold, ...color });
  return ops;
}

/** Places a text block, breaking it across pages as needed. */
export function placeText(block: TextBlock, flow: Flow, measure: Measurer): void {
  const lines = textLines(block, flow, measure);
  const lh = lineHeight(block.size);
  flow.space(block.spaceBefore);
  let index = 0;
  while (index < lines.length) {
    const fit = Math.floor((flow.room + 0.01) / lh);
    let take = linesForPage(lines.length - index, fit);
    if (take === 0 && flow.atTop) take = Math.max(1, Math.min(fit, lines.length - index));
    if (take === 0) {
      flow.newPage();
      continue;
    }
    if (index === 0 && block.anchor) flow.anchors.set(block.anchor, flow.pageIndex);
    for (let i = 0; i < take; i += 1) {
      flow.draw(lineOps(block, flow, lines[index + i] ?? '', flow.y, index + i === 0));
      flow.y += lh;
    }
    index += take;
    if (index < lines.length) flow.newPage();
  }
  flow.space(block.spaceAfter);
}

/** The height a text block needs before it may break: all of it, or its first two lines. */
export function minTextHeight(block: TextBlock, flow: Flow, measure: Measurer): number {
  const lines = textLines(block, flow, measure).length;
  const lh = lineHeight(block.size);
  const least = lines < 2 * MIN_LINES ? lines : MIN_LINES;
  return (flow.atTop ? 0 : block.spaceBefore) + least * lh;
}
