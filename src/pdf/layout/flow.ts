/**
 * The page cursor the layout engine writes into: the current page, where the
 * next thing goes, and how much room is left. Shared by text, tables and
 * graphics so they paginate the same way.
 */
import type { Anchors, Frame, LaidOutPage, Op } from './types';

/** A run of pages being filled from the top. */
export class Flow {
  /** Every page so far; the last is being filled. */
  readonly pages: LaidOutPage[] = [];
  /** Where each anchored block landed. */
  readonly anchors: Anchors = new Map();
  /** The top of the next thing, from the top of the page. */
  y = 0;

  /** Starts with one empty page. */
  constructor(readonly frame: Frame) {
    this.newPage();
  }

  /** The left edge of the text column. */
  get left(): number {
    return this.frame.marginX;
  }

  /** The width of the text column. */
  get width(): number {
    return this.frame.width - 2 * this.frame.marginX;
  }

  /** The lowest point anything may reach. */
  get bottom(): number {
    return this.frame.height - this.frame.marginBottom;
  }

  /** The height of a whole empty page's column. */
  get fullHeight(): number {
    return this.bottom - this.frame.marginTop;
  }

  /** Room left on this page. */
  get room(): number {
    return this.bottom - this.y;
  }

  /** True while nothing has been placed on this page. */
  get atTop(): boolean {
    return this.y <= this.frame.marginTop + 0.01;
  }

  /** Moves to a fresh page. */
  newPage(): void {
    this.pages.push({ ops: [] });
    this.y = this.frame.marginTop;
  }

  /** Adds drawing operations to the current page. */
  draw(ops: readonly Op[]): void {
    this.pages.at(-1)?.ops.push(...ops);
  }

  /** Adds vertical space, unless at the top of a page. */
  space(points: number): void {
    if (!this.atTop) this.y = Math.min(this.y + points, this.bottom);
  }

  /** Moves to a new page when `height` does not fit here (and would on a fresh page). */
  ensure(height: number): void {
    if (height > this.room && !this.atTop) this.newPage();
  }

  /** The current page index (0-based). */
  get pageIndex(): number {
    return this.pages.length - 1;
  }
}
