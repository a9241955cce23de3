/**
 * Short text: one line, such as a name or a title. The browser enforces the
 * limit as people type; a count appears only near the limit. A saved answer
 * already over the limit is never cut short: it is flagged so the person can
 * shorten it themselves.
 */
import type { FieldProps } from '../field-type';
import { FieldFrame, hintId } from '../shared/FieldFrame';
import { charactersLeftToShow, describeCharactersLeft } from './schema';
import type { ShortTextDefinition, ShortTextValue } from './schema';
import './short-text.css';

/** Draws a one-line text input with an "n characters left" count near its limit. */
export function ShortTextField({ definition, value, onChange, idPrefix, context }: FieldProps<ShortTextDefinition, ShortTextValue>) {
  const text = value ?? '';
  const left = charactersLeftToShow(text.length, definition.maxLength);
  const countId = `${idPrefix}-count`;
  const describedBy = [hintId(idPrefix, definition.hint), left === undefined ? undefined : countId].filter(Boolean).join(' ');
  return (
    <FieldFrame kind="single" idPrefix={idPrefix} label={definition.label} hint={definition.hint}>
      <input
        type="text"
        id={`${idPrefix}-input`}
        class="short-text__input"
        value={text}
        maxLength={definition.maxLength}
        readOnly={context.readOnly}
        aria-describedby={describedBy || undefined}
        aria-invalid={left !== undefined && left < 0 ? true : undefined}
        onInput={(event) => onChange((event.currentTarget as HTMLInputElement).value)}
      />
      {left === undefined ? null : (
        <p id={countId} class={left < 0 ? 'field__error' : 'field__note short-text__count'}>
          {describeCharactersLeft(left)}
        </p>
      )}
      <p class="visually-hidden" aria-live="polite">
        {left === 0 && !context.readOnly ? `You have reached the limit of ${definition.maxLength} characters.` : ''}
      </p>
    </FieldFrame>
  );
}
