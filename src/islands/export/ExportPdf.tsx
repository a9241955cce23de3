/**
 * The export panel. On the workbook page: "Export the plan" with stages,
 * "Replace names with roles" (with a preview of every replacement), paper
 * size, the plan and the plan on a page, then spreadsheets (CSV) of the
 * actions, progress log and indicators and a calendar (.ics) of the dates.
 * On a worksheet page: this worksheet filled or blank, and, on the pupil
 * pulse, a class set of response sheets. State is only the form's choices
 * and the last export's outcome; the PDF code loads when a button is pressed.
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { STAGES, type StageId } from '../../lib/cycle';
import type { PdfOptions } from '../../pdf';
import { $workbook } from '../../stores';
import type { LensQuestionGroup, WorksheetDef } from '../../worksheets/types';
import { ExportStatus, type Progress } from './ExportStatus';
import { ClassSetControls } from './ClassSetControls';
import { RolesPreview } from './RolesPreview';
import { FileExports } from './FileExports';
import { runExport } from '../../pdf/run-export';
import './export.css';

/** What the page hands the island. */
export interface ExportPdfProps {
  mode: 'workbook' | 'worksheet';
  worksheets: WorksheetDef[];
  lensGroups: Record<string, LensQuestionGroup[]>;
  /** On a worksheet page, the worksheet's id. */
  worksheetId?: string;
}

type Request = Omit<PdfOptions, 'generatedAt' | 'namesAsRoles' | 'paper'>;

/** The export panel island. */
export default function ExportPdf({ mode, worksheets, lensGroups, worksheetId }: ExportPdfProps) {
  const workbook = useStore($workbook);
  const [stages, setStages] = useState<StageId[]>(STAGES.map((stage) => stage.id));
  const [namesAsRoles, setNamesAsRoles] = useState(false);
  const [paper, setPaper] = useState<'a4' | 'letter'>('a4');
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const sheet = worksheets.find((def) => def.id === worksheetId);
  const busy = progress.state === 'working';

  const start = async (request: Request, needsWorkbook: boolean) => {
    if (needsWorkbook && !workbook) {
      setProgress({ state: 'done', outcome: { ok: false, problem: 'Open a workbook first: there are no answers to print yet. “Print blank (PDF)” works without one.' } });
      return;
    }
    setProgress({ state: 'working' });
    const outcome = await runExport(workbook, worksheets, lensGroups, { ...request, namesAsRoles, paper });
    setProgress({ state: 'done', outcome });
  };
  const toggleStage = (id: StageId, on: boolean) => setStages((old) => STAGES.map((stage) => stage.id).filter((sid) => (sid === id ? on : old.includes(sid))));
  const headingId = `export-pdf-${mode}`;

  return (
    <section class="export-pdf card" aria-labelledby={headingId}>
      <h2 id={headingId}>{mode === 'workbook' ? 'Export the plan' : 'Print this worksheet'}</h2>
      {mode === 'workbook' && (
        <fieldset class="export-pdf__group">
          <legend>Stages to include</legend>
          {STAGES.map((stage) => (
            <label class="export-pdf__choice" key={stage.id}>
              <input type="checkbox" checked={stages.includes(stage.id)} onChange={(event) => toggleStage(stage.id, event.currentTarget.checked)} />
              {stage.step === 0 ? stage.title : `${stage.step}. ${stage.title}`}
            </label>
          ))}
        </fieldset>
      )}
      <label class="export-pdf__choice">
        <input type="checkbox" checked={namesAsRoles} onChange={(event) => setNamesAsRoles(event.currentTarget.checked)} />
        Replace names with roles
      </label>
      {namesAsRoles && workbook && <RolesPreview workbook={workbook} />}
      <fieldset class="export-pdf__group">
        <legend>Paper size</legend>
        {(['a4', 'letter'] as const).map((size) => (
          <label class="export-pdf__choice" key={size}>
            <input type="radio" name={`${headingId}-paper`} value={size} checked={paper === size} onChange={() => setPaper(size)} />
            {size === 'a4' ? 'A4' : 'US Letter'}
          </label>
        ))}
      </fieldset>
      <div class="export-pdf__actions">
        {mode === 'workbook' ? (
          <>
            <button type="button" class="button" disabled={busy || stages.length === 0} onClick={() => void start({ kind: 'plan', stages }, true)}>Download the plan (PDF)</button>
            <button type="button" class="button button--secondary" disabled={busy} onClick={() => void start({ kind: 'plan-on-a-page' }, true)}>Plan on a page (PDF)</button>
          </>
        ) : (
          <>
            <button type="button" class="button" disabled={busy} onClick={() => void start({ kind: 'worksheet', worksheetId: worksheetId ?? '' }, true)}>Download this worksheet (PDF)</button>
            <button type="button" class="button button--secondary" disabled={busy} onClick={() => void start({ kind: 'blank-worksheet', worksheetId: worksheetId ?? '' }, false)}>Print blank (PDF)</button>
          </>
        )}
      </div>
      {mode === 'workbook' && <FileExports workbook={workbook} worksheets={worksheets} namesAsRoles={namesAsRoles} busy={busy} onProgress={setProgress} />}
      {sheet && <ClassSetControls sheet={sheet} busy={busy} onExport={(fieldId, copies) => void start({ kind: 'pulse-class-set', worksheetId: sheet.id, fieldId, copies }, false)} />}
      <ExportStatus progress={progress} />
    </section>
  );
}
