/**
 * Inline rename: a labelled input with Save and Cancel. Enter saves, Escape
 * cancels; a refusal is shown under the input and tied to it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ActionResult } from '../../stores';

/** What the rename form needs. */
export interface RenameFormProps {
  /** The workbook's id (makes element ids unique). */
  id: string;
  /** The current title. */
  title: string;
  /** Renames; resolves with the store's result. */
  onRename: (title: string) => Promise<ActionResult>;
  /** Called after a successful rename. */
  onDone: (renamed: boolean) => void;
}

/** The inline rename form for one workbook. */
export function RenameForm({ id, title, onRename, onDone }: RenameFormProps) {
  const [value, setValue] = useState(title);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const inputId = `rename-${id}`;
  const errorId = `rename-${id}-error`;

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await onRename(value);
    setBusy(false);
    if (result.ok) onDone(true);
    else {
      setProblem(result.problem);
      input.current?.focus();
    }
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onDone(false);
  };

  return (
    <form class="rename-form" onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown}>
      <label for={inputId}>New name for ‘{title}’</label>
      <input
        ref={input}
        id={inputId}
        type="text"
        value={value}
        autoComplete="off"
        aria-invalid={problem === null ? undefined : true}
        aria-describedby={problem === null ? undefined : errorId}
        onInput={(event) => setValue(event.currentTarget.value)}
      />
      {problem !== null && (
        <p id={errorId} class="field-error" role="alert">
          {problem}
        </p>
      )}
      <div class="button-row">
        <button type="submit" class="button" disabled={busy}>
          Save name
        </button>
        <button type="button" class="button button--secondary" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
