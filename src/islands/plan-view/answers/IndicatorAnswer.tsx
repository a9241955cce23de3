/**
 * Indicators: in define mode, a data table of what is measured, baseline,
 * target and when to measure again; in follow-up mode, per indicator, a
 * table of baseline and follow-ups, the change in words and what the team
 * made of it.
 */
import { formatDate } from '../../../lib/dates';
import { changeSummary, formatValue, seriesOf } from '../../../fields/indicator/change-summary';
import { INDICATOR_KIND_LABELS, indicatorsFromRaw, type Indicator, type IndicatorDefinition, type IndicatorFollowUpEntry, type IndicatorValue } from '../../../fields/indicator/schema';
import type { AnswerContext, AnswerProps } from './answer-props';
import { paragraphs } from './TextAnswer';

const valueOrDash = (value: number | undefined, kind: Indicator['kind']) => (value === undefined ? '—' : formatValue(value, kind));

function DefinedIndicators({ label, indicators, context }: { label: string; indicators: Indicator[]; context: AnswerContext }) {
  const headings = ['Kind', 'Where the number comes from', 'Baseline', 'Target', 'Measure again'];
  return (
    <div class="plan-table-wrap">
      <table class="plan-table plan-table--wide">
        <caption class="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col">What we will measure</th>
            {headings.map((heading) => (
              <th scope="col" key={heading}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {indicators.map((row, index) => {
            const cells = [
              INDICATOR_KIND_LABELS[row.kind],
              context.text(row.source),
              row.baseline === undefined ? '—' : `${formatValue(row.baseline, row.kind)} (${formatDate(row.baselineDate)})`,
              valueOrDash(row.target, row.kind),
              row.remeasureOn ? formatDate(row.remeasureOn) : '—',
            ];
            return (
              <tr key={row.id}>
                <th scope="row">{context.text(row.name.trim()) || `Indicator ${index + 1}`}</th>
                {cells.map((cell, at) => (
                  <td key={at} data-label={headings[at]}>
                    {cell}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function FollowUpResult({ indicator, entry, context }: { indicator: Indicator; entry: IndicatorFollowUpEntry | undefined; context: AnswerContext }) {
  const followUps = entry?.followUps ?? [];
  const points = seriesOf(indicator, followUps);
  const summary = changeSummary(indicator, followUps);
  const name = context.text(indicator.name.trim()) || 'Indicator';
  return (
    <div class="plan-indicator">
      <h5>{name}</h5>
      <div class="plan-table-wrap">
        <table class="plan-table">
          <caption class="visually-hidden">{`${name}: values over time`}</caption>
          <thead>
            <tr>
              <th scope="col">Measurement</th>
              <th scope="col">Date</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={`${point.name}`}>
                <th scope="row">{point.name}</th>
                <td data-label="Date">{formatDate(point.date)}</td>
                <td data-label="Value">{formatValue(point.value, indicator.kind)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{`${summary.changeText}. ${summary.targetText.replace(/\.$/, '')}${indicator.target === undefined ? '' : ` (target ${formatValue(indicator.target, indicator.kind)})`}.`}</p>
      {paragraphs(context.text(entry?.interpretation ?? '')).map((part, index) => (
        <p key={index}>{part}</p>
      ))}
    </div>
  );
}

/** Draws indicators as defined, or their results. */
export function IndicatorAnswer({ definition, value, context }: AnswerProps<IndicatorDefinition, IndicatorValue>) {
  if (Array.isArray(value)) return <DefinedIndicators label={definition.label} indicators={value} context={context} />;
  const indicators = definition.from ? indicatorsFromRaw(context.rawValueOf(definition.from)) : [];
  const withResults = indicators.filter((indicator) => value[indicator.id] !== undefined);
  return (
    <>
      {withResults.map((indicator) => (
        <FollowUpResult key={indicator.id} indicator={indicator} entry={value[indicator.id]} context={context} />
      ))}
    </>
  );
}
