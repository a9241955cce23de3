/**
 * The layout engine: lays a list of blocks onto pages of a given frame.
 * Headings keep with what follows them; graphics move whole to the next
 * page when they do not fit. Pure: the same blocks give the same pages.
 */
import { Flow } from './flow';
import { minTableHeight, placeTable } from './table';
import { minTextHeight, placeText } from './text';
import type { Anchors, Block, Frame, LaidOutPage, Measurer } from './types';

/** The pages blocks were laid onto, and where anchored headings landed. */
export interface Laid {
  pages: LaidOutPage[];
  anchors: Anchors;
}

/** The height a block needs on this page before it may break. */
function minHeight(block: Block | undefined, flow: Flow, measure: Measurer): number {
  if (!block || block.kind === 'page-break') return 0;
  if (block.kind === 'text') return minTextHeight(block, flow, measure);
  if (block.kind === 'table') return minTableHeight(block, flow, measure);
  return block.height;
}

/** The height of a heading block and the least of what follows it. */
function keepHeight(blocks: readonly Block[], index: number, flow: Flow, measure: Measurer): number {
  let height = 0;
  let at = index;
  for (;;) {
    const block = blocks[at];
    if (!block || block.kind !== 'text' || !block.keepWithNext) break;
    height += minHeight(block, flow, measure) + block.spaceAfter;
    at += 1;
  }
  return height + minHeight(blocks[at], flow, measure);
}

/** Places one graphic: whole, on this page or the next. */
function placeGraphic(block: Extract<Block, { kind: 'graphic' }>, flow: Flow, measure: Measurer): void {
  flow.ensure(block.height);
  flow.draw(block.draw({ x: flow.left, y: flow.y, width: flow.width }, measure));
  flow.y += block.height;
  flow.space(block.spaceAfter);
}

/** Lays blocks onto pages; an empty list gives one empty page. */
export function paginate(blocks: readonly Block[], frame: Frame, measure: Measurer): Laid {
  const flow = new Flow(frame);
  blocks.forEach((block, index) => {
    if (block.kind === 'page-break') {
      if (!flow.atTop) flow.newPage();
      return;
    }
    if (block.kind === 'text' && block.keepWithNext) {
      const needed = keepHeight(blocks, index, flow, measure);
      if (needed <= flow.fullHeight) flow.ensure(needed);
    }
    if (block.kind === 'text') placeText(block, flow, measure);
    else if (block.kind === 'table') placeTable(block, flow, measure);
    else placeGraphic(block, flow, measure);
  });
  return { pages: flow.pages, anchors: flow.anchors };
}
