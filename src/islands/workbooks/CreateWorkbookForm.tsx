/**
 * "Create a workbook": a labelled title input. Creating stores the workbook
 * and opens it; a refusal is shown under the input and tied to it.
 */
import { useRef, useState } from 'preact/hooks';
import { createNewWorkbook } from '../../stores';
import { workbookHref } from '../../lib/workbook-links';

/** Where to go once a workbook exists (replaced in component tests). */
export type Navigate = (url: string) => void;

/** The browser's own navigation. */
const goTo: Navigate = (url) => {
  globalThis.location.assign(url);
};

/** The create form. */
export function CreateWorkbookForm({ navigate = goTo }: { navigate?: Navigate }) {
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    if (title.trim() === '') {
      setProblem('Type a name for the workbook, for example ‘Spring term plan’.');
      input.current?.focus();
      return;
    }
    setBusy(true);
    const created = await createNewWorkbook(title);
    setBusy(false);
    if (created.ok) navigate(workbookHref(created.id));
    else setProblem(`The workbook could not be created. ${created.problem}`);
  };

  return (
    <form class="create-form" onSubmit={(event) => void submit(event)} noValidate>
      <label for="new-workbook-title">Name of the new workbook</label>
      <p id="new-workbook-hint" class="hint">
        For example ‘Belonging plan 2026–27’. You can change it later.
      </p>
      <input
        ref={input}
        id="new-workbook-title"
        type="text"
        value={title}
        autoComplete="off"
        aria-invalid={problem === null ? undefined : true}
        aria-describedby={problem === null ? 'new-workbook-hint' : 'new-workbook-hint new-workbook-error'}
        onInput={(event) => {
          setTitle(event.currentTarget.value);
          setProblem(null);
        }}
      />
      {problem !== null && (
        <p id="new-workbook-error" class="field-error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" class="button" aria-busy={busy ? true : undefined}>
        Create a workbook
      </button>
    </form>
  );
}
