/**
 * The layout model: what documents are made of (blocks), and what the
 * layout engine hands the renderer (pages of drawing operations). All
 * coordinates here are in PDF points measured from the TOP-LEFT of the page;
 * the renderer flips them for pdf-lib. Nothing here knows about pdf-lib.
 */

/** Measures and prepares text for one font family; a fake one serves the tests. */
export interface Measurer {
  /** The width of `text` in points at `size`. */
  width: (text: string, size: number, bold: boolean) => number;
  /** Text as it will be printed: names swapped for roles, characters the font lacks replaced. */
  prepare: (text: string) => string;
}

/** A colour as red, green, blue from 0 to 1. */
export type Rgb = readonly [number, number, number];

/** One drawing operation on a page. */
export type Op =
  | { op: 'text'; x: number; y: number; text: string; size: number; bold: boolean; color?: Rgb }
  | { op: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; color?: Rgb; dash?: boolean }
  | { op: 'rect'; x: number; y: number; w: number; h: number; fill?: Rgb; stroke?: Rgb; width?: number }
  | { op: 'circle'; cx: number; cy: number; r: number; fill?: Rgb; stroke?: Rgb; width?: number }
  /** An SVG path (y downwards) drawn with its origin at (x, y). */
  | { op: 'path'; x: number; y: number; d: string; stroke: Rgb; width: number };

/** A block of text: a paragraph, heading or bullet, wrapped to the column. */
export interface TextBlock {
  kind: 'text';
  text: string;
  size: number;
  bold: boolean;
  /** Left indent in points. */
  indent: number;
  /** A marker drawn in the indent of the first line, such as "•". */
  bullet?: string;
  spaceBefore: number;
  spaceAfter: number;
  /** Keep on the same page as the start of the next block (headings). */
  keepWithNext: boolean;
  color?: Rgb;
  /** Records the page this block lands on, for the contents. */
  anchor?: string;
  /** Heading level, for the outline of the document (1 or 2). */
  level?: number;
}

/** A table column: its header and share of the width. */
export interface TableColumn {
  label: string;
  /** Relative width; columns share the table width in proportion. */
  weight: number;
}

/** A table that breaks across pages, repeating its header row. */
export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  rows: string[][];
  size: number;
  spaceAfter: number;
  /** Draw this many empty rows with ruled lines (blank worksheets). */
  blankRows?: number;
}

/** A drawing of fixed height (charts, grids, boxes to write in). */
export interface GraphicBlock {
  kind: 'graphic';
  height: number;
  spaceAfter: number;
  /** Draws into a box whose top-left is (x, y); never draws outside it. */
  draw: (box: { x: number; y: number; width: number }, measure: Measurer) => Op[];
}

/** Starts a new page. */
export interface PageBreakBlock {
  kind: 'page-break';
}

/** Anything a document is made of. */
export type Block = TextBlock | TableBlock | GraphicBlock | PageBreakBlock;

/** The printable area of a page. */
export interface Frame {
  width: number;
  height: number;
  marginX: number;
  marginTop: number;
  marginBottom: number;
}

/** A laid-out page: its drawing operations. */
export interface LaidOutPage {
  ops: Op[];
}

/** Where a block with an anchor landed (0-based page index in the run). */
export type Anchors = Map<string, number>;
