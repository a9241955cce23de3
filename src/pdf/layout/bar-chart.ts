/**
 * A small bar chart drawn with vector paths: value axis from 0 (so changes
 * are not exaggerated), a bar per point with its number written above it,
 * its label below, and an optional dashed target line, labelled in words.
 * Geometry comes from the on-screen chart's pure helper, so both agree.
 */
import { chartGeometry, type ChartInputPoint } from '../../fields/indicator/chart-geometry';
import { graphic } from './blocks';
import type { GraphicBlock, Op, Rgb } from './types';
import { truncateToWidth } from './wrap';

const BAR: Rgb = [0.22, 0.38, 0.62];
const AXIS: Rgb = [0.35, 0.35, 0.35];
const SIZE = 7.5;

/** A bar chart of `points`, `height` points tall, numbers shown with `format`. */
export function barChart(points: readonly ChartInputPoint[], height: number, format: (value: number) => string, target?: number): GraphicBlock {
  return graphic(height, ({ x, y, width }, measure) => {
    const chartWidth = Math.min(width, 120 + points.length * 90);
    const geometry = chartGeometry(points, chartWidth, height, target);
    const { plot, domain } = geometry;
    const yOf = (value: number) => plot.bottom - ((value - domain[0]) / (domain[1] - domain[0] || 1)) * (plot.bottom - plot.top);
    const zeroY = yOf(0);
    const slot = (plot.right - plot.left) / Math.max(1, points.length);
    const ops: Op[] = [
      { op: 'line', x1: x + plot.left, y1: y + plot.top, x2: x + plot.left, y2: y + plot.bottom, width: 0.6, color: AXIS },
      { op: 'line', x1: x + plot.left, y1: y + zeroY, x2: x + plot.right, y2: y + zeroY, width: 0.6, color: AXIS },
    ];
    for (const tick of geometry.ticks) {
      const label = format(tick.value);
      ops.push({ op: 'line', x1: x + plot.left - 3, y1: y + tick.y, x2: x + plot.left, y2: y + tick.y, width: 0.5, color: AXIS });
      ops.push({ op: 'text', x: x + plot.left - 5 - measure.width(label, SIZE, false), y: y + tick.y + SIZE * 0.35, text: label, size: SIZE, bold: false });
    }
    for (const point of geometry.points) {
      const barWidth = Math.min(36, slot * 0.55);
      const top = Math.min(point.y, zeroY);
      ops.push({ op: 'rect', x: x + point.x - barWidth / 2, y: y + top, w: barWidth, h: Math.max(0.5, Math.abs(zeroY - point.y)), fill: BAR });
      const value = format(point.value);
      ops.push({ op: 'text', x: x + point.x - measure.width(value, SIZE, true) / 2, y: y + top - 3, text: value, size: SIZE, bold: true });
      const label = truncateToWidth(point.label, slot - 4, SIZE, false, measure);
      ops.push({ op: 'text', x: x + point.x - measure.width(label, SIZE, false) / 2, y: y + plot.bottom + SIZE * 1.6, text: label, size: SIZE, bold: false });
    }
    if (geometry.targetY !== null && target !== undefined) {
      ops.push({ op: 'line', x1: x + plot.left, y1: y + geometry.targetY, x2: x + plot.right, y2: y + geometry.targetY, width: 0.9, color: [0.1, 0.1, 0.1], dash: true });
      ops.push({ op: 'text', x: x + plot.right + 4, y: y + geometry.targetY + SIZE * 0.35, text: `Target ${format(target)}`, size: SIZE, bold: true });
    }
    return ops;
  });
}
