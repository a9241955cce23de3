/**
 * One follow-up measurement: its date and value, and a remove button. A
 * new row is "pending" until it has a value, because a saved follow-up
 * always has one; the row says so.
 */
import { NumberInput } from './NumberInput';

interface FollowUpRowProps {
  /** Id stem for this row's inputs. */
  stem: string;
  /** "follow-up 2 for Attendance", for accessible names. */
  context: string;
  /** YYYY-MM-DD or ''. */
  date: string;
  /** The value, undefined while pending. */
  value: number | undefined;
  /** Closed cycle. */
  readOnly: boolean;
  /** Reports a new date. */
  onDate: (date: string) => void;
  /** Reports a new value. */
  onValue: (value: number) => void;
  /** Removes the row. */
  onRemove: () => void;
}

/** Draws one follow-up's inputs. */
export function FollowUpRow({ stem, context, date, value, readOnly, onDate, onValue, onRemove }: FollowUpRowProps) {
  return (
    <li class="indicator__follow-up">
      <div class="indicator__input">
        <label for={`${stem}-date`}>
          Date<span class="visually-hidden">{` of ${context}`}</span>
        </label>
        <input type="date" id={`${stem}-date`} value={date} readOnly={readOnly} onInput={(event) => onDate((event.currentTarget as HTMLInputElement).value)} />
      </div>
      <div class="indicator__input">
        <label for={`${stem}-value`}>
          Value<span class="visually-hidden">{` of ${context}`}</span>
        </label>
        <NumberInput id={`${stem}-value`} value={value} required={value !== undefined} readOnly={readOnly} onChange={(next) => next !== undefined && onValue(next)} />
      </div>
      {readOnly ? null : (
        <button type="button" class="button button--secondary button--small indicator__remove" onClick={onRemove}>
          Remove<span class="visually-hidden">{` ${context}`}</span>
        </button>
      )}
      {value === undefined && !readOnly ? <p class="field__note indicator__pending">Not saved until a value is entered.</p> : null}
    </li>
  );
}
