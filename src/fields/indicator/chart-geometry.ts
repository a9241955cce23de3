/**
 * The geometry of a small line chart, as plain numbers and SVG path
 * strings: hand-written so worksheet pages ship no chart library. The value
 * axis always includes 0 (so changes are not exaggerated) and the target;
 * points are evenly spaced in time order. Never produces NaN, whatever the
 * input: no points, one point, all zero, negative values.
 */

/** A value to plot; label is what the axis shows under it. */
export interface ChartInputPoint {
  /** Short text under the point. */
  label: string;
  /** The value. */
  value: number;
}

/** Where everything goes, in SVG user units. */
export interface ChartGeometry {
  /** The drawing area inside the axes. */
  plot: { left: number; right: number; top: number; bottom: number };
  /** The points, placed. */
  points: { x: number; y: number; value: number; label: string }[];
  /** The line through the points ("M x y L x y …"), or '' for fewer than two points. */
  linePath: string;
  /** The target's height, or null when there is no target. */
  targetY: number | null;
  /** A horizontal line across the plot at the target, or ''. */
  targetPath: string;
  /** Axis ticks with their heights. */
  ticks: { value: number; y: number }[];
  /** The lowest and highest values on the axis. */
  domain: [number, number];
}

const PAD = { left: 48, right: 16, top: 16, bottom: 36 };

const round = (value: number) => Math.round(value * 100) / 100;

/** A tidy step (1, 2, 2.5 or 5 times a power of ten) giving about four intervals. */
export function niceStep(span: number): number {
  const rough = span > 0 && Number.isFinite(span) ? span / 4 : 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough);
  return step ?? 10 * power;
}

function niceDomain(values: readonly number[]): { min: number; max: number; step: number } {
  let low = Math.min(0, ...values);
  let high = Math.max(0, ...values);
  if (high === low) high = low + 1;
  const step = niceStep(high - low);
  low = Math.floor(low / step) * step;
  high = Math.ceil(high / step) * step;
  return { min: low, max: high, step };
}

/** Lays out the points (and an optional target) in a width × height box. Pure. */
export function chartGeometry(input: readonly ChartInputPoint[], width: number, height: number, target?: number): ChartGeometry {
  const safe = input.filter((point) => Number.isFinite(point.value));
  const hasTarget = target !== undefined && Number.isFinite(target);
  const { min, max, step } = niceDomain([...safe.map((point) => point.value), ...(hasTarget ? [target] : [])]);
  const plot = { left: PAD.left, top: PAD.top, right: Math.max(PAD.left + 1, width - PAD.right), bottom: Math.max(PAD.top + 1, height - PAD.bottom) };
  const yOf = (value: number) => round(plot.bottom - ((value - min) / (max - min)) * (plot.bottom - plot.top));
  const slot = (plot.right - plot.left) / Math.max(1, safe.length);
  const points = safe.map((point, index) => ({ x: round(plot.left + slot * (index + 0.5)), y: yOf(point.value), value: point.value, label: point.label }));
  const linePath = points.length < 2 ? '' : points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' ');
  const targetY = hasTarget ? yOf(target) : null;
  const targetPath = targetY === null ? '' : `M${plot.left} ${targetY} H${plot.right}`;
  const ticks: { value: number; y: number }[] = [];
  for (let index = 0; index <= Math.round((max - min) / step); index += 1) {
    const value = round(min + index * step);
    ticks.push({ value, y: yOf(value) });
  }
  return { plot, points, linePath, targetY, targetPath, ticks, domain: [min, max] };
}
