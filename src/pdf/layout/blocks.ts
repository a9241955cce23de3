/**
 * Small constructors for blocks, so documents and field renderers read like
 * an outline: heading(), paragraph(), bullets(), table(), writingLines().
 */
import { truncateToWidth } from './wrap';
import type { Block, GraphicBlock, Op, Rgb, TableBlock, TextBlock } from './types';

/** Body text size in points. */
export const BODY = 10;
/** Muted grey for hints and notes. */
export const MUTED: Rgb = [0.33, 0.33, 0.36];
const HEADING_SIZES = [20, 14, 11.5] as const;

/** A heading (level 1 to 3) that stays with what follows it. */
export function heading(text: string, level: 1 | 2 | 3, anchor?: string): TextBlock {
  const size = HEADING_SIZES[level - 1] ?? 11.5;
  return { kind: 'text', text, size, bold: true, indent: 0, spaceBefore: size * 0.9, spaceAfter: size * 0.35, keepWithNext: true, level, ...(anchor ? { anchor } : {}) };
}

/** A paragraph of body text. */
export function paragraph(text: string, options: { size?: number; bold?: boolean; muted?: boolean; indent?: number; keepWithNext?: boolean } = {}): TextBlock {
  return {
    kind: 'text',
    text,
    size: options.size ?? BODY,
    bold: options.bold ?? false,
    indent: options.indent ?? 0,
    spaceBefore: 0,
    spaceAfter: (options.size ?? BODY) * 0.5,
    keepWithNext: options.keepWithNext ?? false,
    ...(options.muted ? { color: MUTED } : {}),
  };
}

/** A bulleted list, one block per item; an empty list says so. */
export function bullets(items: readonly string[], empty = 'Nothing recorded.'): TextBlock[] {
  if (items.length === 0) return [paragraph(empty, { muted: true })];
  return items.map((item, index) => ({
    kind: 'text',
    text: item,
    size: BODY,
    bold: false,
    indent: 14,
    bullet: '•',
    spaceBefore: 0,
    spaceAfter: index === items.length - 1 ? BODY * 0.5 : 2,
    keepWithNext: false,
  }));
}

/** A table with a header row; `blankRows` adds empty rows to write in. */
export function table(columns: { label: string; weight?: number }[], rows: string[][], blankRows = 0): TableBlock {
  return {
    kind: 'table',
    columns: columns.map((column) => ({ label: column.label, weight: column.weight ?? 1 })),
    rows,
    size: 8.5,
    spaceAfter: BODY,
    ...(blankRows > 0 ? { blankRows } : {}),
  };
}

/** A fixed-height drawing. */
export function graphic(height: number, draw: GraphicBlock['draw']): GraphicBlock {
  return { kind: 'graphic', height, spaceAfter: BODY * 0.6, draw };
}

/** `count` ruled lines to write on. */
export function writingLines(count: number): GraphicBlock {
  const gap = 20;
  return graphic(count * gap, ({ x, y, width }) =>
    Array.from({ length: count }, (_, index): Op => ({ op: 'line', x1: x, y1: y + (index + 1) * gap - 2, x2: x + width, y2: y + (index + 1) * gap - 2, width: 0.5, color: [0.6, 0.6, 0.6] })),
  );
}

/** A tick box and its label (cut with "…" if wider than the column), for blank checklists and choices. */
export function tickBox(label: string): GraphicBlock {
  return graphic(BODY * 1.6, ({ x, y, width }, measure) => [
    { op: 'rect', x, y: y + 1, w: BODY, h: BODY, stroke: [0.3, 0.3, 0.3], width: 0.7 },
    { op: 'text', x: x + BODY * 1.6, y: y + BODY * 0.95, text: truncateToWidth(label, width - BODY * 1.6, BODY, false, measure), size: BODY, bold: false },
  ]);
}

/** Starts a new page. */
export const pageBreak: Block = { kind: 'page-break' };
