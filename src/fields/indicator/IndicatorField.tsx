/**
 * Indicator: in "define" mode the team lists its indicators with a
 * baseline and a target; in "follow-up" mode (Results) each indicator from
 * the defining field (usually on another worksheet) gets dated follow-ups,
 * the change in words, a chart with a data table, and an interpretation.
 * The value's shape depends on the mode (see schema.ts).
 */
import type { FieldContext, FieldProps } from '../field-type';
import { FieldFrame, hintId } from '../shared/FieldFrame';
import { IndicatorDefine } from './IndicatorDefine';
import { IndicatorResult } from './IndicatorResult';
import { indicatorsFromRaw } from './schema';
import type { Indicator, IndicatorDefinition, IndicatorFollowUpValue, IndicatorValue } from './schema';
import './indicator.css';

/**
 * The defining indicators: read in full through `rawValueOf` when the
 * island offers it, otherwise just their names through `itemsOf`.
 */
export function definedIndicators(definition: IndicatorDefinition, context: FieldContext): Indicator[] {
  if (!definition.from) return [];
  if (context.rawValueOf) return indicatorsFromRaw(context.rawValueOf(definition.from));
  return context.itemsOf(definition.from).map((item) => ({ id: item.id, name: item.label, kind: 'percent', source: '' }));
}

/** Draws either mode of the indicator field. */
export function IndicatorField({ definition, value, onChange, idPrefix, context }: FieldProps<IndicatorDefinition, IndicatorValue>) {
  return (
    <FieldFrame kind="group" idPrefix={idPrefix} label={definition.label} hint={definition.hint}>
      {definition.mode === 'define' ? (
        <IndicatorDefine rows={Array.isArray(value) ? value : []} onChange={onChange} idPrefix={idPrefix} context={context} hintId={hintId(idPrefix, definition.hint)} />
      ) : (
        <FollowUps indicators={definedIndicators(definition, context)} value={value && !Array.isArray(value) ? value : {}} onChange={onChange} idPrefix={idPrefix} context={context} />
      )}
    </FieldFrame>
  );
}

interface FollowUpsProps {
  indicators: Indicator[];
  value: IndicatorFollowUpValue;
  onChange: (value: IndicatorFollowUpValue) => void;
  idPrefix: string;
  context: FieldContext;
}

function FollowUps({ indicators, value, onChange, idPrefix, context }: FollowUpsProps) {
  const known = new Set(indicators.map((indicator) => indicator.id));
  const kept = Object.keys(value).filter((id) => !known.has(id)).length;
  return (
    <>
      {indicators.length === 0 ? <p class="field__note">No indicators yet: list them in the plan first, then record their follow-ups here.</p> : null}
      {indicators.map((indicator, index) => (
        <IndicatorResult key={indicator.id} indicator={indicator} index={index} entry={value[indicator.id]} stem={`${idPrefix}-ind-${index}`}
          today={context.today} readOnly={context.readOnly} onEntry={(entry) => onChange({ ...value, [indicator.id]: entry })} />
      ))}
      {kept > 0 ? <p class="field__note">{`Results are also kept for ${kept === 1 ? '1 indicator that is' : `${kept} indicators that are`} no longer in the plan.`}</p> : null}
    </>
  );
}
