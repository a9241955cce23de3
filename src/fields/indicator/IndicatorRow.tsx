/**
 * One indicator in define mode: what is measured, its kind and source, the
 * baseline and its date, the target and when to measure again. Every box
 * is named with the indicator ("Baseline for indicator 2: Attendance").
 */
import type { ComponentChildren } from 'preact';
import { NumberInput } from './NumberInput';
import { INDICATOR_KINDS, INDICATOR_KIND_LABELS } from './schema';
import type { Indicator } from './schema';

interface IndicatorRowProps {
  /** The indicator. */
  row: Indicator;
  /** Its position, from 0. */
  index: number;
  /** Id stem for its inputs. */
  stem: string;
  /** Closed cycle. */
  readOnly: boolean;
  /** Reports the whole changed indicator. */
  onChange: (row: Indicator) => void;
  /** Removes it. */
  onRemove: () => void;
  /** The field hint's id, if any, for the name box. */
  describedBy?: string | undefined;
}

/** Returns the row with one optional field set, or left out when empty. */
function withOptional<K extends 'baseline' | 'target' | 'baselineDate' | 'remeasureOn'>(row: Indicator, key: K, value: Indicator[K]): Indicator {
  const next = { ...row };
  if (value === undefined || value === '') delete next[key];
  else next[key] = value;
  return next;
}

function Box({ id, label, context, children }: { id: string; label: string; context: string; children: ComponentChildren }) {
  return (
    <div class="indicator__input">
      <label for={id}>
        {label}
        <span class="visually-hidden">{` for ${context}`}</span>
      </label>
      {children}
    </div>
  );
}

/** Draws one indicator's inputs and its remove button. */
export function IndicatorRow({ row, index, stem, readOnly, onChange, onRemove, describedBy }: IndicatorRowProps) {
  const title = `Indicator ${index + 1}${row.name.trim() ? `: ${row.name.trim()}` : ''}`;
  const context = `indicator ${index + 1}`;
  const text = (event: Event) => (event.currentTarget as HTMLInputElement).value;
  return (
    <fieldset class="indicator__card">
      <legend class="indicator__name">{title}</legend>
      <Box id={`${stem}-name`} label="What we will measure" context={context}>
        <input type="text" id={`${stem}-name`} value={row.name} readOnly={readOnly} aria-describedby={describedBy} onInput={(event) => onChange({ ...row, name: text(event) })} />
      </Box>
      <div class="indicator__inputs">
        <Box id={`${stem}-kind`} label="Kind" context={context}>
          <select id={`${stem}-kind`} value={row.kind} disabled={readOnly}
            onChange={(event) => onChange({ ...row, kind: (event.currentTarget as HTMLSelectElement).value as Indicator['kind'] })}>
            {INDICATOR_KINDS.map((kind) => (
              <option key={kind} value={kind}>{INDICATOR_KIND_LABELS[kind]}</option>
            ))}
          </select>
        </Box>
        <Box id={`${stem}-source`} label="Where the number comes from" context={context}>
          <input type="text" id={`${stem}-source`} value={row.source} readOnly={readOnly} onInput={(event) => onChange({ ...row, source: text(event) })} />
        </Box>
        <Box id={`${stem}-baseline`} label="Baseline" context={context}>
          <NumberInput id={`${stem}-baseline`} value={row.baseline} readOnly={readOnly} onChange={(value) => onChange(withOptional(row, 'baseline', value))} />
        </Box>
        <Box id={`${stem}-baseline-date`} label="Baseline taken on" context={context}>
          <input type="date" id={`${stem}-baseline-date`} value={row.baselineDate ?? ''} readOnly={readOnly} onInput={(event) => onChange(withOptional(row, 'baselineDate', text(event)))} />
        </Box>
        <Box id={`${stem}-target`} label="Target" context={context}>
          <NumberInput id={`${stem}-target`} value={row.target} readOnly={readOnly} onChange={(value) => onChange(withOptional(row, 'target', value))} />
        </Box>
        <Box id={`${stem}-remeasure`} label="Measure again on" context={context}>
          <input type="date" id={`${stem}-remeasure`} value={row.remeasureOn ?? ''} readOnly={readOnly} onInput={(event) => onChange(withOptional(row, 'remeasureOn', text(event)))} />
        </Box>
      </div>
      {readOnly ? null : (
        <button type="button" class="button button--secondary button--small indicator__remove" onClick={onRemove}>
          Remove indicator<span class="visually-hidden">{` (${title})`}</span>
        </button>
      )}
    </fieldset>
  );
}
