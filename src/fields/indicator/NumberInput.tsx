/**
 * A number box that keeps what the person typed while it cannot be read yet
 * ("-", "4.") and says why in text tied to the box, instead of snapping
 * back. When the saved value changes from outside (undo, another tab), the
 * box follows it.
 */
import { useState } from 'preact/hooks';
import { numberText, parseNumber } from './parse-number';
import type { NumberRules } from './parse-number';

interface NumberInputProps extends NumberRules {
  /** The input's id, for its <label for>. */
  id: string;
  /** The saved value. */
  value: number | undefined;
  /** Called with each new readable value. */
  onChange: (value: number | undefined) => void;
  /** Closed cycle. */
  readOnly: boolean;
  /** Other descriptions (a hint) to tie to the box. */
  describedBy?: string | undefined;
  /** An accessible name when there is no visible <label for>. */
  ariaLabel?: string | undefined;
  /** Extra class names. */
  class?: string | undefined;
  /** "number" shows the browser's number box; "text" (default) avoids its quirks for decimals. */
  type?: 'number' | 'text';
}

/** Draws the box and, when the entry cannot be read, the reason. */
export function NumberInput(props: NumberInputProps) {
  const { id, value, onChange, readOnly, type = 'text' } = props;
  const [draft, setDraft] = useState(numberText(value ?? props.emptyAs));
  const parsed = parseNumber(draft, props);
  const shown = !parsed.ok || parsed.value === value ? draft : numberText(value);
  const errorId = `${id}-error`;
  const describedBy = [props.describedBy, parsed.ok ? undefined : errorId].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <input
        type={type}
        id={id}
        class={props.class}
        inputMode={props.integer ? 'numeric' : 'decimal'}
        min={type === 'number' ? props.min : undefined}
        step={type === 'number' && props.integer ? 1 : undefined}
        value={shown}
        readOnly={readOnly}
        aria-label={props.ariaLabel}
        aria-describedby={describedBy}
        aria-invalid={parsed.ok ? undefined : true}
        onInput={(event) => {
          const text = (event.currentTarget as HTMLInputElement).value;
          setDraft(text);
          const next = parseNumber(text, props);
          if (next.ok && next.value !== value) onChange(next.value);
        }}
      />
      {parsed.ok ? null : (
        <span class="field__error number-input__error" id={errorId}>
          {parsed.message}
        </span>
      )}
    </>
  );
}
