/**
 * An indicator's baseline and follow-ups as a small line chart (with a
 * dashed, labelled target line) and, always visible beside it, the same
 * numbers as a data table. The chart is one image to screen readers, named
 * by a sentence that gives every value.
 */
import { chartGeometry } from './chart-geometry';
import { formatDate } from '../../lib/dates';
import { describeSeries, formatNumber, formatValue } from './change-summary';
import type { SeriesPoint } from './change-summary';
import type { Indicator } from './schema';

const WIDTH = 480;
const HEIGHT = 220;

function shortDate(date: string): string {
  return date ? formatDate(date).replace(/ (\d{2})(\d{2})$/, ' $2') : '';
}

interface IndicatorChartProps {
  /** The indicator's name, for the caption and the chart's name. */
  name: string;
  /** Its kind, for units. */
  kind: Indicator['kind'];
  /** Baseline then follow-ups. */
  points: SeriesPoint[];
  /** The target, if set. */
  target: number | undefined;
}

/** Draws the chart and its data table, or says there is nothing to chart yet. */
export function IndicatorChart({ name, kind, points, target }: IndicatorChartProps) {
  if (points.length === 0) return <p class="field__note">Nothing to chart yet: record a baseline or a follow-up.</p>;
  const geometry = chartGeometry(points.map((point) => ({ label: shortDate(point.date) || point.name, value: point.value })), WIDTH, HEIGHT, target);
  const { plot } = geometry;
  return (
    <div class="indicator__chart-block">
      <svg class="indicator__chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={describeSeries(name, kind, points, target)} focusable="false">
        {geometry.ticks.map((tick) => (
          <g key={tick.value}>
            <line class="indicator__grid" x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} />
            <text class="indicator__tick" x={plot.left - 6} y={tick.y + 4} text-anchor="end">
              {formatNumber(tick.value)}
            </text>
          </g>
        ))}
        <line class="indicator__axis" x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
        {geometry.targetPath ? <path class="indicator__target" d={geometry.targetPath} /> : null}
        {geometry.targetY !== null && target !== undefined ? (
          <text class="indicator__target-label" x={plot.right} y={geometry.targetY - 5} text-anchor="end">
            {`Target ${formatValue(target, kind)}`}
          </text>
        ) : null}
        {geometry.linePath ? <path class="indicator__line" d={geometry.linePath} /> : null}
        {geometry.points.map((point, index) => (
          <g key={index}>
            <circle class={index === 0 && points[0]?.name === 'Baseline' ? 'indicator__dot indicator__dot--baseline' : 'indicator__dot'} cx={point.x} cy={point.y} r={5} />
            <text class="indicator__value" x={point.x} y={point.y - 9} text-anchor="middle">
              {formatNumber(point.value)}
            </text>
            <text class="indicator__label" x={point.x} y={plot.bottom + 20} text-anchor="middle">
              {point.label}
            </text>
          </g>
        ))}
      </svg>
      <table class="indicator__table">
        <caption>{`${name}: baseline and follow-ups`}</caption>
        <thead>
          <tr>
            <th scope="col">Measurement</th>
            <th scope="col">Date</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point, index) => (
            <tr key={index}>
              <th scope="row">{point.name}</th>
              <td>{formatDate(point.date)}</td>
              <td>{formatValue(point.value, kind)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
