/** On a worksheet with a pupil survey: which survey, how many copies, and the class-set button. */
import { useState } from 'preact/hooks';
import type { WorksheetDef } from '../../worksheets/types';

/** The most copies one export makes (the builder caps it too). */
const MAX_COPIES = 200;

/** Class-set controls; nothing when the worksheet has no survey. */
export function ClassSetControls({ sheet, busy, onExport }: { sheet: WorksheetDef; busy: boolean; onExport: (fieldId: string, copies: number) => void }) {
  const surveys = sheet.fields.filter((field) => field.type === 'survey-tally');
  const [fieldId, setFieldId] = useState(surveys[0]?.id ?? '');
  const [copies, setCopies] = useState('30');
  if (surveys.length === 0) return null;
  const count = Math.min(MAX_COPIES, Math.max(1, Math.floor(Number(copies) || 1)));
  const id = `class-set-${sheet.id}`;
  return (
    <fieldset class="export-pdf__group">
      <legend>Class set for pupils</legend>
      {surveys.length > 1 && (
        <p>
          <label for={`${id}-survey`}>Which pulse</label>{' '}
          <select id={`${id}-survey`} value={fieldId} onChange={(event) => setFieldId(event.currentTarget.value)}>
            {surveys.map((survey) => (
              <option key={survey.id} value={survey.id}>{survey.label}</option>
            ))}
          </select>
        </p>
      )}
      <p>
        <label for={`${id}-copies`}>Number of copies (1 to {MAX_COPIES})</label>{' '}
        <input id={`${id}-copies`} type="number" inputMode="numeric" min={1} max={MAX_COPIES} value={copies} onInput={(event) => setCopies(event.currentTarget.value)} />
      </p>
      <button type="button" class="button button--secondary" disabled={busy} onClick={() => onExport(fieldId, count)}>Class set for pupils (PDF)</button>
    </fieldset>
  );
}
