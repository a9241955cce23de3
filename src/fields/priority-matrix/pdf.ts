/**
 * The priority matrix in PDF: a labelled 3 × 3 grid (impact up the side,
 * effort along the bottom) with each item written in its cell, then the
 * same placements as a list, so nothing depends on position alone.
 */
import type { FieldPdf } from '../../pdf/field-context';
import { bullets, graphic } from '../../pdf/layout/blocks';
import type { Block, Op } from '../../pdf/layout/types';
import { truncateToWidth } from '../../pdf/layout/wrap';
import type { RefItem } from '../common';
import { LEVEL_LABELS, MATRIX_LEVELS, QUADRANT_LABELS, cellKey, placementsByCell, quadrantOf, type PriorityMatrixDefinition, type PriorityMatrixValue } from './schema';

const SIZE = 7.5;
const AXIS = 34;

/** The 3 × 3 grid with items written in their cells ("and N more" when a cell is full). */
function matrixGraphic(cells: Map<string, RefItem[]>, rowHeight: number): Block {
  return graphic(rowHeight * 3 + 30, ({ x, y, width }, measure) => {
    const cellWidth = (width - AXIS) / 3;
    const ops: Op[] = [{ op: 'text', x, y: y + 8, text: 'Impact', size: SIZE, bold: true }];
    const fits = Math.max(1, Math.floor((rowHeight - 6) / (SIZE * 1.3)));
    [...MATRIX_LEVELS].reverse().forEach((impact, row) => {
      const top = y + 12 + row * rowHeight;
      ops.push({ op: 'text', x, y: top + rowHeight / 2, text: LEVEL_LABELS[impact], size: SIZE, bold: false });
      MATRIX_LEVELS.forEach((effort, column) => {
        const left = x + AXIS + column * cellWidth;
        ops.push({ op: 'rect', x: left, y: top, w: cellWidth, h: rowHeight, stroke: [0.4, 0.4, 0.4], width: 0.6 });
        const items = cells.get(cellKey(impact, effort)) ?? [];
        const shown = items.length > fits ? items.slice(0, fits - 1) : items;
        const lines = shown.map((item) => `• ${item.label}`);
        if (items.length > shown.length) lines.push(`and ${items.length - shown.length} more`);
        lines.forEach((line, index) => ops.push({ op: 'text', x: left + 3, y: top + 3 + (index + 1) * SIZE * 1.3 - 2, text: truncateToWidth(line, cellWidth - 6, SIZE, false, measure), size: SIZE, bold: false }));
      });
    });
    const axisY = y + 12 + rowHeight * 3 + 10;
    MATRIX_LEVELS.forEach((effort, column) => ops.push({ op: 'text', x: x + AXIS + column * cellWidth + cellWidth / 2 - 10, y: axisY, text: LEVEL_LABELS[effort], size: SIZE, bold: false }));
    ops.push({ op: 'text', x: x + AXIS + 1.5 * cellWidth - 10, y: axisY + 9, text: 'Effort', size: SIZE, bold: true });
    return ops;
  });
}

/** Draws a priority-matrix field. */
export const priorityMatrixPdf: FieldPdf<PriorityMatrixDefinition, PriorityMatrixValue> = (definition, value, context) => {
  const items = context.itemsOf(definition.itemsFrom);
  if (context.blank) return [matrixGraphic(new Map(), 70)];
  const { cells, unplaced } = placementsByCell(items, value);
  const placed = items.flatMap((item) => {
    const placement = value?.[item.id];
    if (!placement) return [];
    const quadrant = QUADRANT_LABELS[quadrantOf(placement)];
    return [`${item.label}: ${quadrant.name} (impact ${placement.impact}, effort ${placement.effort})`];
  });
  const rest = unplaced.length > 0 ? bullets([`Not placed yet: ${unplaced.map((item) => item.label).join('; ')}`]) : [];
  return [matrixGraphic(cells, 48), ...bullets(placed, 'No items placed yet.'), ...rest];
};
