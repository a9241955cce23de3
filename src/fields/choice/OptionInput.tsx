/**
 * One radio button or checkbox with its label and optional hint, as used by
 * the choice and multi-choice fields. The hint sits outside the label (so
 * the accessible name stays short) and is tied to the input instead.
 */
import type { Option } from '../common';
import './choice.css';

/** Props for OptionInput. */
export interface OptionInputProps {
  /** "radio" for a choice, "checkbox" for a multi-choice. */
  type: 'radio' | 'checkbox';
  /** The input's id, unique on the page. */
  id: string;
  /** The radio group's name (radios only). */
  name?: string | undefined;
  /** The option drawn. */
  option: Option;
  /** Whether it is chosen. */
  checked: boolean;
  /** Whether it can be changed now. */
  disabled: boolean;
  /** Ids of notes that describe every option (the field's hint, a count); blanks are skipped. */
  describedBy: readonly (string | undefined)[];
  /** Called when the person ticks or picks it. */
  onToggle: () => void;
}

/** Draws one option: input, words, and hint. */
export function OptionInput({ type, id, name, option, checked, disabled, describedBy, onToggle }: OptionInputProps) {
  const optionHintId = option.hint ? `${id}-hint` : undefined;
  const describedByIds = [...describedBy, optionHintId].filter(Boolean).join(' ');
  return (
    <div class="choice__option">
      <label class="field__choice" for={id}>
        <input
          type={type}
          id={id}
          name={name}
          value={option.value}
          checked={checked}
          disabled={disabled}
          aria-describedby={describedByIds || undefined}
          onChange={onToggle}
        />
        <span>{option.label}</span>
      </label>
      {option.hint ? (
        <p class="choice__option-hint" id={optionHintId}>
          {option.hint}
        </p>
      ) : null}
    </div>
  );
}
