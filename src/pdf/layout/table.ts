/**
 * Tables: columns share the width by weight, cells wrap, rows never split
 * unless a single row is taller than a page, and the header row is drawn
 * again at the top of every page the table continues on.
 */
import type { Flow } from './flow';
import type { Measurer, Op, Rgb, TableBlock } from './types';
import { lineHeight, wrapText } from './wrap';

const PAD = 3;
const RULE: Rgb = [0.55, 0.55, 0.55];
const HEADER_FILL: Rgb = [0.9, 0.92, 0.95];

interface RowLayout {
  cells: string[][];
  height: number;
}

/** Column widths in points, in proportion to their weights. */
export function columnWidths(block: TableBlock, total: number): number[] {
  const sum = block.columns.reduce((acc, column) => acc + column.weight, 0) || 1;
  return block.columns.map((column) => (column.weight / sum) * total);
}

/** Wraps one row's cells and works out its height. */
function layoutRow(cells: readonly string[], widths: number[], size: number, bold: boolean, measure: Measurer, minLines = 1): RowLayout {
  const wrapped = widths.map((width, index) => wrapText(cells[index] ?? '', Math.max(width - 2 * PAD, 4), size, bold, measure));
  const lines = Math.max(minLines, ...wrapped.map((cell) => cell.length));
  return { cells: wrapped, height: lines * lineHeight(size) + 2 * PAD };
}

/** Draws one row (cells, lines and borders) with its top at `top`. */
function rowOps(row: RowLayout, widths: number[], left: number, top: number, size: number, bold: boolean, fill?: Rgb): Op[] {
  const ops: Op[] = [];
  let x = left;
  widths.forEach((width, index) => {
    ops.push({ op: 'rect', x, y: top, w: width, h: row.height, stroke: RULE, width: 0.5, ...(fill ? { fill } : {}) });
    (row.cells[index] ?? []).forEach((line, lineIndex) => {
      ops.push({ op: 'text', x: x + PAD, y: top + PAD + lineIndex * lineHeight(size) + size * 0.95, text: line, size, bold });
    });
    x += width;
  });
  return ops;
}

/** Cuts a row taller than a page into pieces of at most `maxLines` lines. */
function splitRow(row: RowLayout, maxLines: number, size: number): RowLayout[] {
  const lines = Math.max(...row.cells.map((cell) => cell.length));
  const pieces: RowLayout[] = [];
  for (let start = 0; start < lines; start += maxLines) {
    const cells = row.cells.map((cell) => cell.slice(start, start + maxLines));
    const count = Math.max(1, ...cells.map((cell) => cell.length));
    pieces.push({ cells, height: count * lineHeight(size) + 2 * PAD });
  }
  return pieces;
}

/** Places a table, repeating its header on every page it reaches. */
export function placeTable(block: TableBlock, flow: Flow, measure: Measurer): void {
  const widths = columnWidths(block, flow.width);
  const header = layoutRow(block.columns.map((column) => column.label), widths, block.size, true, measure);
  const blank = Array.from({ length: block.blankRows ?? 0 }, () => layoutRow([], widths, block.size, false, measure, 3));
  const rows = [...block.rows.map((cells) => layoutRow(cells, widths, block.size, false, measure)), ...blank];
  const maxLines = Math.max(1, Math.floor((flow.fullHeight - header.height - 2 * PAD) / lineHeight(block.size)));
  const pieces = rows.flatMap((row) => (row.height + header.height > flow.fullHeight ? splitRow(row, maxLines, block.size) : [row]));
  const drawHeader = () => {
    flow.draw(rowOps(header, widths, flow.left, flow.y, block.size, true, HEADER_FILL));
    flow.y += header.height;
  };
  flow.ensure(header.height + (pieces[0]?.height ?? 0));
  drawHeader();
  for (const row of pieces) {
    if (row.height > flow.room) {
      flow.newPage();
      drawHeader();
    }
    flow.draw(rowOps(row, widths, flow.left, flow.y, block.size, false));
    flow.y += row.height;
  }
  flow.space(block.spaceAfter);
}

/** The height a table needs before it may break: its header and first row. */
export function minTableHeight(block: TableBlock, flow: Flow, measure: Measurer): number {
  const widths = columnWidths(block, flow.width);
  const header = layoutRow(block.columns.map((column) => column.label), widths, block.size, true, measure);
  const first = block.rows[0] ? layoutRow(block.rows[0], widths, block.size, false, measure) : { height: lineHeight(block.size) * 3 };
  return header.height + first.height;
}
