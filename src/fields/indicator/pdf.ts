/**
 * Indicators in PDF. Defining: a table of each indicator's source, baseline,
 * target and re-measure date. Follow-up: for each indicator, a bar chart of
 * baseline and follow-ups against the target, with the numbers in a table
 * and the change and target written in words.
 */
import type { FieldPdf, PdfFieldContext } from '../../pdf/field-context';
import { barChart } from '../../pdf/layout/bar-chart';
import { notAnswered } from '../../pdf/layout/common-blocks';
import { paragraph, table } from '../../pdf/layout/blocks';
import type { Block } from '../../pdf/layout/types';
import { formatDate } from '../../lib/dates';
import { changeSummary, formatValue, seriesOf } from './change-summary';
import { INDICATOR_KIND_LABELS, indicatorsFromRaw, type Indicator, type IndicatorDefinition, type IndicatorFollowUpEntry, type IndicatorValue } from './schema';

const show = (value: number | undefined, kind: Indicator['kind']) => (value === undefined ? '' : formatValue(value, kind));

/** The defining table. */
function defineBlocks(indicators: Indicator[], blank: boolean): Block[] {
  const columns = ['Indicator', 'Kind', 'Source', 'Baseline', 'Baseline date', 'Target', 'Re-measure on'].map((label, index) => ({ label, weight: index === 0 ? 2.4 : index === 2 ? 1.8 : 1 }));
  if (blank) return [table(columns, [], 5)];
  const named = indicators.filter((indicator) => indicator.name.trim() !== '');
  if (named.length === 0) return [notAnswered()];
  const rows = named.map((i) => [i.name, INDICATOR_KIND_LABELS[i.kind], i.source, show(i.baseline, i.kind), i.baselineDate ? formatDate(i.baselineDate) : '', show(i.target, i.kind), i.remeasureOn ? formatDate(i.remeasureOn) : '']);
  return [table(columns, rows)];
}

/** One indicator's chart, numbers and words. */
function followUpBlocks(indicator: Indicator, entry: IndicatorFollowUpEntry | undefined, blank: boolean): Block[] {
  const title = paragraph(indicator.name || 'Unnamed indicator', { bold: true, keepWithNext: true });
  const columns = [{ label: 'Measure', weight: 1.4 }, { label: 'Date', weight: 1 }, { label: 'Value', weight: 1 }];
  if (blank) return [title, table(columns, [['Baseline', indicator.baselineDate ? formatDate(indicator.baselineDate) : '', show(indicator.baseline, indicator.kind)]], 3)];
  const points = seriesOf(indicator, entry?.followUps ?? []);
  const format = (value: number) => formatValue(value, indicator.kind);
  const summary = changeSummary(indicator, entry?.followUps ?? []);
  const blocks: Block[] = [title];
  if (points.length > 0) blocks.push(barChart(points.map((point) => ({ label: point.name, value: point.value })), 130, format, indicator.target));
  blocks.push(table(columns, points.map((point) => [point.name, formatDate(point.date), format(point.value)])));
  blocks.push(paragraph(`${summary.changeText}. ${indicator.target === undefined ? 'No target set.' : `Target ${format(indicator.target)}: ${summary.targetText}`}`));
  if (entry?.interpretation.trim()) blocks.push(paragraph(`What we make of it: ${entry.interpretation.trim()}`));
  return blocks;
}

/** Draws an indicator field, in either mode. */
export const indicatorPdf: FieldPdf<IndicatorDefinition, IndicatorValue> = (definition, value, context: PdfFieldContext) => {
  if (definition.mode === 'define') return defineBlocks(Array.isArray(value) ? value : [], context.blank);
  const indicators = definition.from ? indicatorsFromRaw(context.rawValueOf(definition.from)).filter((indicator) => indicator.name.trim() !== '') : [];
  if (indicators.length === 0) return context.blank ? defineBlocks([], true) : [paragraph('No indicators defined yet.', { muted: true })];
  const entries = value && !Array.isArray(value) ? value : {};
  return indicators.flatMap((indicator) => followUpBlocks(indicator, entries[indicator.id], context.blank));
};
