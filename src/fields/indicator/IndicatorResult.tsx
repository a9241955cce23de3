/**
 * Results for one indicator: its baseline and target, the follow-ups
 * (add, edit, remove with undo), the change in words, the chart with its
 * data table, and what the team makes of it.
 */
import { useState } from 'preact/hooks';
import { newId } from '../../lib/ids';
import { formatDate } from '../../lib/dates';
import { changeSummary, formatValue, seriesOf } from './change-summary';
import { FollowUpRow } from './FollowUpRow';
import { IndicatorChart } from './IndicatorChart';
import type { FollowUp, Indicator, IndicatorFollowUpEntry } from './schema';
import { useFocusLater } from '../../lib/use-focus-later';
import { UndoBar, useUndo } from './undo';

interface IndicatorResultProps {
  /** The indicator, as defined in the plan. */
  indicator: Indicator;
  /** Its position, from 0. */
  index: number;
  /** Its saved follow-ups and interpretation. */
  entry: IndicatorFollowUpEntry | undefined;
  /** Id stem for this indicator's inputs. */
  stem: string;
  /** Today, the default date of a new follow-up. */
  today: string;
  /** Closed cycle. */
  readOnly: boolean;
  /** Reports the whole changed entry. */
  onEntry: (entry: IndicatorFollowUpEntry) => void;
}

/** Draws one indicator's follow-up card. */
export function IndicatorResult({ indicator, index, entry, stem, today, readOnly, onEntry }: IndicatorResultProps) {
  const saved: IndicatorFollowUpEntry = entry ?? { followUps: [], interpretation: '' };
  const name = indicator.name.trim() || `Indicator ${index + 1}`;
  const [pending, setPending] = useState<{ id: string; date: string }[]>([]);
  const undo = useUndo(`${stem}-undo`);
  const focusLater = useFocusLater();
  const save = (followUps: FollowUp[]) => onEntry({ ...saved, followUps });
  const rowStem = (at: number) => `${stem}-fu-${at}`;
  const summary = changeSummary(indicator, saved.followUps);

  const add = () => {
    setPending((old) => [...old, { id: newId(), date: today }]);
    undo.dismiss();
    focusLater(`${rowStem(saved.followUps.length + pending.length)}-value`);
  };
  const remove = (at: number) => {
    const removed = saved.followUps[at];
    if (!removed) return;
    const rest = saved.followUps.filter((_, i) => i !== at);
    save(rest);
    undo.offer({ message: `Removed follow-up ${at + 1} for ${name}.`, restore: () => save([...rest.slice(0, at), removed, ...rest.slice(at)]) });
  };
  const settle = (row: { id: string; date: string }, value: number) => {
    setPending((old) => old.filter((candidate) => candidate.id !== row.id));
    save([...saved.followUps, { id: row.id, date: row.date, value }]);
  };

  return (
    <fieldset class="indicator__card">
      <legend class="indicator__name">{name}</legend>
      <p class="indicator__facts">
        {indicator.baseline === undefined ? 'No baseline recorded.' : `Baseline: ${formatValue(indicator.baseline, indicator.kind)} (${formatDate(indicator.baselineDate)}).`}{' '}
        {indicator.target === undefined ? 'No target set.' : `Target: ${formatValue(indicator.target, indicator.kind)}.`}
        {indicator.source ? ` Source: ${indicator.source}.` : ''}
      </p>
      <p class="indicator__follow-ups-heading">Follow-ups</p>
      {saved.followUps.length + pending.length === 0 ? <p class="field__note">No follow-ups yet.</p> : null}
      {/* One keyed list, so a new follow-up keeps its box (and focus) when its first digit saves it. */}
      <ol class="indicator__follow-ups">
        {[...saved.followUps.map((followUp, at) => (
          <FollowUpRow key={followUp.id} stem={rowStem(at)} context={`follow-up ${at + 1} for ${name}`} date={followUp.date} value={followUp.value} readOnly={readOnly}
            onDate={(date) => save(saved.followUps.map((old, i) => (i === at ? { ...old, date } : old)))}
            onValue={(value) => save(saved.followUps.map((old, i) => (i === at ? { ...old, value } : old)))}
            onRemove={() => remove(at)} />
        )),
        ...pending.map((row, at) => {
          const position = saved.followUps.length + at;
          return (
            <FollowUpRow key={row.id} stem={rowStem(position)} context={`follow-up ${position + 1} for ${name}`} date={row.date} value={undefined} readOnly={readOnly}
              onDate={(date) => setPending((old) => old.map((candidate) => (candidate.id === row.id ? { ...candidate, date } : candidate)))}
              onValue={(value) => settle(row, value)}
              onRemove={() => { setPending((old) => old.filter((candidate) => candidate.id !== row.id)); focusLater(`${stem}-add`); }} />
          );
        })]}
      </ol>
      <UndoBar id={`${stem}-undo`} pending={undo.pending} onUndo={() => { undo.pending?.restore(); undo.dismiss(); }} />
      {readOnly ? null : (
        <button type="button" id={`${stem}-add`} class="button button--secondary button--small" onClick={add}>
          Add a follow-up<span class="visually-hidden">{` for ${name}`}</span>
        </button>
      )}
      <p class="indicator__change">{`${summary.changeText}. ${summary.targetText}`}</p>
      <IndicatorChart name={name} kind={indicator.kind} points={seriesOf(indicator, saved.followUps)} target={indicator.target} />
      <label class="indicator__label-text" for={`${stem}-interpretation`}>
        What do we make of this?<span class="visually-hidden">{` (${name})`}</span>
      </label>
      <textarea id={`${stem}-interpretation`} rows={3} value={saved.interpretation} readOnly={readOnly}
        onInput={(event) => onEntry({ ...saved, interpretation: (event.currentTarget as HTMLTextAreaElement).value })} />
    </fieldset>
  );
}
