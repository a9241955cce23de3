/**
 * Words for an indicator's numbers: values with their unit, dates in UK
 * style, the change from baseline to the latest follow-up, and whether the
 * target is met. All pure, so the screen, the PDF and the tests agree.
 */
import { formatDate } from '../../lib/dates';
import type { FollowUp, Indicator } from './schema';

/** A number rounded to 2 places, with thousands separators: 1234.5 → "1,234.5". */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

/** A value with its unit: "40%" for a percentage, "12" otherwise. */
export function formatValue(value: number, kind: Indicator['kind']): string {
  return kind === 'percent' ? `${formatNumber(value)}%` : formatNumber(value);
}

/** Follow-ups in time order: dated ones by date, undated ones after them in the order entered. */
export function sortedFollowUps(followUps: readonly FollowUp[]): FollowUp[] {
  const dated = followUps.filter((followUp) => followUp.date !== '').sort((a, b) => a.date.localeCompare(b.date));
  return [...dated, ...followUps.filter((followUp) => followUp.date === '')];
}

/** The change from baseline to the latest follow-up, and the target, in words. */
export interface ChangeSummary {
  /** The latest follow-up, if any. */
  latest: FollowUp | undefined;
  /** Latest minus baseline, rounded to 2 places; null when either is missing. */
  change: number | null;
  /** E.g. "+12 points since baseline", "No change since baseline". */
  changeText: string;
  /** True or false once there is a target and a follow-up; null otherwise. */
  targetMet: boolean | null;
  /** E.g. "Target met.", "Target not yet met.", "No target set." */
  targetText: string;
}

function describeChange(change: number, kind: Indicator['kind']): string {
  if (change === 0) return 'No change since baseline';
  const sign = change > 0 ? '+' : '−';
  const size = formatNumber(Math.abs(change));
  const unit = kind === 'percent' ? (Math.abs(change) === 1 ? ' point' : ' points') : '';
  return `${sign}${size}${unit} since baseline`;
}

/**
 * Compares the latest follow-up with the baseline and the target. A target
 * below the baseline means "bring it down", so it is met at or below it.
 */
export function changeSummary(indicator: Pick<Indicator, 'kind' | 'baseline' | 'target'>, followUps: readonly FollowUp[]): ChangeSummary {
  const latest = sortedFollowUps(followUps).at(-1);
  const { baseline, target } = indicator;
  const change = latest && baseline !== undefined ? Math.round((latest.value - baseline) * 100) / 100 : null;
  let changeText = 'No follow-up yet';
  if (latest && baseline === undefined) changeText = 'No baseline to compare with';
  if (change !== null) changeText = describeChange(change, indicator.kind);
  let targetMet: boolean | null = null;
  let targetText = 'No target set.';
  if (target !== undefined && !latest) targetText = 'Not yet measured against the target.';
  if (target !== undefined && latest) {
    const aimsDown = baseline !== undefined && target < baseline;
    targetMet = aimsDown ? latest.value <= target : latest.value >= target;
    targetText = targetMet ? 'Target met.' : 'Target not yet met.';
  }
  return { latest, change, changeText, targetMet, targetText };
}

/** One point on the chart and in the data table. */
export interface SeriesPoint {
  /** "Baseline" or "Follow-up 2". */
  name: string;
  /** YYYY-MM-DD or ''. */
  date: string;
  /** The measured value. */
  value: number;
}

/** The baseline (when recorded) then the follow-ups in time order. */
export function seriesOf(indicator: Pick<Indicator, 'baseline' | 'baselineDate'>, followUps: readonly FollowUp[]): SeriesPoint[] {
  const points: SeriesPoint[] = indicator.baseline === undefined ? [] : [{ name: 'Baseline', date: indicator.baselineDate ?? '', value: indicator.baseline }];
  sortedFollowUps(followUps).forEach((followUp, index) => points.push({ name: `Follow-up ${index + 1}`, date: followUp.date, value: followUp.value }));
  return points;
}

/** A sentence summarising the chart for its accessible name. */
export function describeSeries(name: string, kind: Indicator['kind'], points: readonly SeriesPoint[], target: number | undefined): string {
  const parts = points.map((point) => `${point.name.toLowerCase()} ${formatValue(point.value, kind)} (${formatDate(point.date)})`);
  const series = parts.length === 0 ? 'no values yet' : parts.join(', then ');
  const targetWords = target === undefined ? 'no target set' : `target ${formatValue(target, kind)}`;
  return `Chart of ${name}: ${series}; ${targetWords}.`;
}
