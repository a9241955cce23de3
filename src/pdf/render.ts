/**
 * Draws laid-out pages with pdf-lib. The layout works from the top-left
 * corner; PDF works from the bottom-left, so every y is flipped here.
 */
import { rgb, type PDFDocument, type PDFPage } from '@cantoo/pdf-lib';
import type { EmbeddedFonts } from './fonts';
import type { Frame, LaidOutPage, Op, Rgb } from './layout/types';

const INK: Rgb = [0.1, 0.1, 0.12];
const colour = (value: Rgb | undefined, fallback: Rgb = INK) => rgb(...(value ?? fallback));

/** Draws one operation on a page. */
function drawOp(page: PDFPage, op: Op, fonts: EmbeddedFonts, height: number): void {
  if (op.op === 'text') {
    const text = fonts.measure.prepare(op.text);
    if (text.trim() === '') return;
    page.drawText(text, { x: op.x, y: height - op.y, size: op.size, font: op.bold ? fonts.bold : fonts.regular, color: colour(op.color) });
  } else if (op.op === 'line') {
    page.drawLine({
      start: { x: op.x1, y: height - op.y1 },
      end: { x: op.x2, y: height - op.y2 },
      thickness: op.width,
      color: colour(op.color),
      ...(op.dash ? { dashArray: [3, 2] } : {}),
    });
  } else if (op.op === 'circle') {
    page.drawCircle({
      x: op.cx,
      y: height - op.cy,
      size: op.r,
      ...(op.fill ? { color: colour(op.fill) } : {}),
      ...(op.stroke ? { borderColor: colour(op.stroke), borderWidth: op.width ?? 0.5 } : {}),
    });
  } else if (op.op === 'path') {
    page.drawSvgPath(op.d, { x: op.x, y: height - op.y, borderColor: colour(op.stroke), borderWidth: op.width });
  } else {
    page.drawRectangle({
      x: op.x,
      y: height - op.y - op.h,
      width: op.w,
      height: op.h,
      ...(op.fill ? { color: colour(op.fill) } : {}),
      ...(op.stroke ? { borderColor: colour(op.stroke), borderWidth: op.width ?? 0.5 } : {}),
    });
  }
}

/** Adds every laid-out page to the document. */
export function renderPages(doc: PDFDocument, pages: readonly LaidOutPage[], frame: Frame, fonts: EmbeddedFonts): void {
  for (const laid of pages) {
    const page = doc.addPage([frame.width, frame.height]);
    for (const op of laid.ops) drawOp(page, op, fonts, frame.height);
  }
}
