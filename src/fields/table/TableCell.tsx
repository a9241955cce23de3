/**
 * The input for one cell, by column type: text, long text (a small box
 * that grows), date, number, person (free text with the team's names or
 * roles offered), choice and status (selects). A saved choice that is no
 * longer offered stays visible as "(no longer listed) …" instead of vanishing.
 */
import type { Column } from './schema';
import type { CellOption } from './options';

/** What every cell input needs. */
export interface CellInputProps {
  column: Column;
  /** The element id, for the visible per-cell label. */
  inputId: string;
  /** The accessible name, e.g. "Due date for action 2: Train lunchtime staff". */
  label: string;
  value: string;
  /** Ids of hints and notes that describe this input. */
  describedBy: string | undefined;
  readOnly: boolean;
  /** For choice and status columns. */
  options: readonly CellOption[];
  /** The id of the team's <datalist>, for person columns. */
  peopleListId: string;
  inputRef: (element: HTMLElement | null) => void;
  onValue: (text: string) => void;
}

/** Draws the right input for the column's type. */
export function CellInput(props: CellInputProps) {
  const { column, inputId, label, value, describedBy, readOnly, inputRef, onValue } = props;
  const common = { id: inputId, 'aria-label': label, 'aria-describedby': describedBy, ref: inputRef };
  const fromInput = (event: Event) => onValue((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value);
  switch (column.type) {
    case 'long-text':
      return <textarea {...common} class="table-field__textarea" rows={2} value={value} readOnly={readOnly} onInput={fromInput} />;
    case 'date':
      return <input {...common} type="date" value={value} readOnly={readOnly} onInput={fromInput} />;
    case 'number':
      return <input {...common} type="number" inputMode="decimal" step="any" value={value} readOnly={readOnly} onInput={fromInput} />;
    case 'person':
      return <input {...common} type="text" list={props.peopleListId} autoComplete="off" value={value} readOnly={readOnly} onInput={fromInput} />;
    case 'choice':
    case 'status':
      return (
        <select {...common} value={value} disabled={readOnly} onChange={(event) => onValue((event.currentTarget as HTMLSelectElement).value)}>
          <option value="">{column.type === 'status' ? 'Choose a status' : 'Choose…'}</option>
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
          {value && !props.options.some((option) => option.value === value) ? <option value={value}>(no longer listed) {value}</option> : null}
        </select>
      );
    default:
      return <input {...common} type="text" value={value} readOnly={readOnly} onInput={fromInput} />;
  }
}
