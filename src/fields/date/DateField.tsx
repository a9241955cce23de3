/**
 * Date: the browser's own date picker, with the chosen date repeated in
 * words beneath it. A date can be cleared again; '' is saved then.
 */
import { useRef } from 'preact/hooks';
import type { FieldProps } from '../field-type';
import { FieldFrame, hintId } from '../shared/FieldFrame';
import { formatDateInWords } from '../../lib/dates';
import type { DateDefinition, DateValue } from './schema';
import './date.css';

/** Draws a date input, the date in words, and a "Clear date" button once a date is set. */
export function DateField({ definition, value, onChange, idPrefix, context }: FieldProps<DateDefinition, DateValue>) {
  const input = useRef<HTMLInputElement>(null);
  const date = value ?? '';
  const words = formatDateInWords(date);
  const wordsId = `${idPrefix}-words`;
  const describedBy = [hintId(idPrefix, definition.hint), words ? wordsId : undefined].filter(Boolean).join(' ');
  const save = (next: string) => {
    if (next !== date) onChange(next);
  };
  const clear = () => {
    save('');
    // The button disappears once cleared; keep the person at the date.
    input.current?.focus();
  };
  return (
    <FieldFrame kind="single" idPrefix={idPrefix} label={definition.label} hint={definition.hint}>
      <div class="date__row">
        <input
          ref={input}
          type="date"
          id={`${idPrefix}-input`}
          class="date__input"
          value={date}
          readOnly={context.readOnly}
          aria-describedby={describedBy || undefined}
          onChange={(event) => save((event.currentTarget as HTMLInputElement).value)}
        />
        {!context.readOnly && date !== '' ? (
          <button type="button" class="button button--secondary button--small" onClick={clear}>
            Clear date
          </button>
        ) : null}
      </div>
      {words ? (
        <p class="field__note date__words" id={wordsId}>
          {words}
        </p>
      ) : context.readOnly ? (
        <p class="field__note">No date was given.</p>
      ) : null}
    </FieldFrame>
  );
}
