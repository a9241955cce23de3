/**
 * Import a workbook file. The file is read as text and parsed by the model: a
 * refused file shows the model's own sentence in an alert and changes
 * nothing; a workbook already saved here asks "Replace the saved one", "Keep
 * both" or "Cancel" before anything is written.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { importWorkbook, type IfExists } from '../../stores';

/** What the person is asked when the workbook is already saved here. */
interface Pending {
  text: string;
  title: string;
  question: string;
}

/** Props: what to do once a workbook has been imported. */
export interface ImportWorkbookProps {
  /** Called with the stored id and a sentence saying what happened. */
  onImported: (id: string, message: string) => void;
}

/** The import control. */
export function ImportWorkbook({ onImported }: ImportWorkbookProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const choice = useRef<HTMLDivElement>(null);

  // Move to the question so keyboard and screen reader users meet it next.
  useEffect(() => {
    if (pending !== null) choice.current?.focus();
  }, [pending]);

  const run = async (text: string, ifExists: IfExists): Promise<void> => {
    const result = await importWorkbook(text, ifExists);
    if (result.ok) {
      setPending(null);
      const repaired = result.repairs.length > 0 ? ' Some parts could not be read and were left out.' : '';
      onImported(result.id, `Imported the workbook.${repaired}`);
    } else if ('exists' in result) {
      setPending({ text, title: result.title, question: result.problem });
    } else {
      setPending(null);
      setProblem(result.problem);
      input.current?.focus();
    }
  };

  const onChange = async (event: Event): Promise<void> => {
    const field = event.currentTarget as HTMLInputElement;
    const file = field.files?.[0];
    setProblem(null);
    setPending(null);
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setProblem('This file could not be read. Check it is on this device, then try again.');
      return;
    } finally {
      field.value = '';
    }
    await run(text, 'ask');
  };

  const cancel = (): void => {
    setPending(null);
    input.current?.focus();
  };

  return (
    <div class="import-workbook">
      <label for="import-file">Choose a workbook file (.json) to import</label>
      <p id="import-hint" class="hint">
        Files exported from this workbook on any device end in .belonging.json. Nothing already saved changes unless you say so.
      </p>
      <input
        ref={input}
        id="import-file"
        type="file"
        accept=".json,application/json"
        aria-invalid={problem === null ? undefined : true}
        aria-describedby={problem === null ? 'import-hint' : 'import-hint import-error'}
        onChange={(event) => void onChange(event)}
      />
      <div role="alert" class="import-workbook__alert">
        {problem !== null && (
          <p id="import-error" class="field-error">
            {problem}
          </p>
        )}
      </div>
      {pending !== null && (
        <div ref={choice} tabIndex={-1} class="callout import-workbook__choice" role="group" aria-labelledby="import-question">
          <p id="import-question">{pending.question}</p>
          <div class="button-row">
            <button type="button" class="button" onClick={() => void run(pending.text, 'replace')}>
              Replace the saved one
            </button>
            <button type="button" class="button button--secondary" onClick={() => void run(pending.text, 'keep-both')}>
              Keep both
            </button>
            <button type="button" class="button button--secondary" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
