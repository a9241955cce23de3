/**
 * "Send my answers": a teacher chooses worksheets (grouped by stage) and,
 * if they like, their name or role, and downloads a small contribution file
 * for the facilitator. Only worksheets with answers in this cycle are listed.
 */
import { useState } from 'preact/hooks';
import { currentCycle, type Workbook } from '../../model/workbook';
import type { WorksheetDef } from '../../worksheets/types';
import { downloadText } from '../../lib/download';
import type { StageHeading } from './TeamContributions';

interface SendAnswersProps {
  workbook: Workbook;
  worksheets: WorksheetDef[];
  stages: StageHeading[];
}

/** Worksheets with at least one answer (outside the setup) in the current cycle. */
function answeredSheets(workbook: Workbook, worksheets: readonly WorksheetDef[]): WorksheetDef[] {
  const answers = currentCycle(workbook).answers;
  return worksheets.filter((sheet) =>
    Object.entries(answers[sheet.id] ?? {}).some(([fieldId, answer]) => answer.value !== null && !sheet.fields.find((field) => field.id === fieldId)?.setup),
  );
}

/** The "Send my answers" form. */
export function SendAnswers({ workbook, worksheets, stages }: SendAnswersProps) {
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [who, setWho] = useState('');
  const [message, setMessage] = useState('');
  const sheets = answeredSheets(workbook, worksheets);

  const toggle = (id: string, on: boolean): void => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };

  const send = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (chosen.size === 0) {
      setMessage('Choose at least one worksheet to send.');
      return;
    }
    const runtime = await import('../../model/merge/runtime');
    const ids = sheets.filter((sheet) => chosen.has(sheet.id)).map((sheet) => sheet.id);
    const file = runtime.makeContributionFile(workbook, ids, who, worksheets, new Date().toISOString());
    downloadText(file.text, file.fileName);
    setMessage(`Downloaded ${file.fileName}. Send it to your facilitator (by email or a shared drive).`);
  };

  if (sheets.length === 0) {
    return <p>Answer a worksheet first: only worksheets with answers in this cycle can be sent.</p>;
  }
  return (
    <form class="merge-send" onSubmit={(event) => void send(event)}>
      {stages.map((stage) => {
        const inStage = sheets.filter((sheet) => sheet.stage === stage.id);
        if (inStage.length === 0) return null;
        return (
          <fieldset class="field field--group" key={stage.id}>
            <legend class="field__label">{stage.heading}</legend>
            {inStage.map((sheet) => (
              <label class="field__choice" key={sheet.id}>
                <input type="checkbox" checked={chosen.has(sheet.id)} onChange={(event) => toggle(sheet.id, (event.currentTarget as HTMLInputElement).checked)} />
                <span>{sheet.title}</span>
              </label>
            ))}
          </fieldset>
        );
      })}
      <div class="field">
        <label class="field__label" for="contributor-name">
          Your name or role (optional)
        </label>
        <p class="field__hint" id="contributor-hint">
          A role, such as “Year 4 teacher”, keeps your answers anonymous. Left blank, they are shown as from “Anonymous contributor”.
        </p>
        <input id="contributor-name" type="text" maxLength={80} aria-describedby="contributor-hint" value={who} onInput={(event) => setWho((event.currentTarget as HTMLInputElement).value)} />
      </div>
      <button type="submit" class="button">
        Download my answers
      </button>
      <p role="status" class="merge__message">
        {message}
      </p>
    </form>
  );
}
