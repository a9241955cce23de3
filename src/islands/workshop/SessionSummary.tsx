/**
 * The end-of-session summary: what was entered on each worksheet shown in
 * this session, and the parking lot; printed with the print stylesheet,
 * downloaded as plain text, or exported as the whole workbook file.
 * Loaded with import() only when the summary is opened, to keep the page small.
 */
import { useState } from 'preact/hooks';
import { exportWorkbook, flushAutosave } from '../../stores';
import { downloadText } from '../../lib/download';
import type { Cycle, Workbook } from '../../model/workbook';
import type { WorksheetDef } from '../../worksheets/types';
import type { WorkshopSession } from '../../stores/workshop-session';
import { formatTimeOnDay, localToday } from '../../lib/dates';
import { buildSummary, summaryText, type SessionSummary as Summary } from '../../worksheets/workshop-summary';

interface SessionSummaryProps {
  /** The summary to show. */
  summary: Summary;
  /** The open workbook's id, for the export. */
  workbookId: string;
  /** Back to presenting. */
  onClose: () => void;
  /** Starts a new session from now. */
  onNewSession: () => void;
}

/** Draws the summary and its print and download buttons. */
export function SessionSummary({ summary, workbookId, onClose, onNewSession }: SessionSummaryProps) {
  const [said, setSaid] = useState('');
  const exportFile = async () => {
    await flushAutosave();
    const exported = await exportWorkbook(workbookId);
    if (!exported.ok) {
      setSaid(`The workbook could not be exported. ${exported.problem}`);
      return;
    }
    downloadText(exported.text, exported.fileName);
    setSaid(`Exported as ${exported.fileName}. Keep the file somewhere safe and shared.`);
  };
  return (
    <section class="workshop-summary" aria-labelledby="workshop-summary-heading">
      <h1 id="workshop-summary-heading" tabIndex={-1}>
        Workshop summary
      </h1>
      <p>
        <strong>{summary.workbookTitle}</strong> · session started at {formatTimeOnDay(summary.startedAt)}
      </p>
      <div class="workshop-summary__actions workshop-no-print">
        <button type="button" class="button" onClick={() => globalThis.print()}>
          Print the summary
        </button>
        <button type="button" class="button button--secondary" onClick={() => downloadText(summaryText(summary), `workshop-summary-${localToday()}.txt`, 'text/plain')}>
          Download the summary as text
        </button>
        <button type="button" class="button button--secondary" onClick={() => void exportFile()}>
          Export the workbook file
        </button>
        <button type="button" class="button button--secondary" onClick={onClose}>
          Back to presenting
        </button>
      </div>
      <p role="status" class="workshop-no-print">
        {said}
      </p>
      {summary.sheets.length === 0 ? <p>No worksheet was shown in this session yet.</p> : null}
      {summary.sheets.map((sheet) => (
        <section key={sheet.id} class="workshop-summary__sheet" aria-labelledby={`summary-${sheet.id}`}>
          <h2 id={`summary-${sheet.id}`}>{sheet.title}</h2>
          {sheet.answers.length === 0 ? <p>Nothing was changed on this worksheet in this session.</p> : null}
          {sheet.answers.map((answer) => (
            <div key={answer.label} class="workshop-summary__answer">
              <h3>{answer.label}</h3>
              <ul>
                {answer.lines.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
      <section class="workshop-summary__sheet" aria-labelledby="summary-parking">
        <h2 id="summary-parking">Parking lot</h2>
        {summary.parked.length === 0 ? (
          <p>Nothing was parked.</p>
        ) : (
          <ul>
            {summary.parked.map((idea, index) => (
              <li key={index}>{idea}</li>
            ))}
          </ul>
        )}
      </section>
      <p class="workshop-no-print">
        <button type="button" class="button button--secondary button--small" onClick={onNewSession}>
          Start a new session from now
        </button>
      </p>
      <p class="workshop-panel__note">Before you share this, check that nothing in it identifies a pupil.</p>
    </section>
  );
}

interface SummaryViewProps extends Omit<SessionSummaryProps, 'summary' | 'workbookId'> {
  /** The open workbook. */
  workbook: Workbook;
  /** Its current cycle. */
  cycle: Cycle;
  /** The session record. */
  session: WorkshopSession;
  /** Every worksheet, by id. */
  defs: ReadonlyMap<string, WorksheetDef>;
}

/** Builds the summary from the workbook and session, then draws it. */
export function SummaryView({ workbook, cycle, session, defs, ...rest }: SummaryViewProps) {
  return <SessionSummary summary={buildSummary(workbook, cycle, session, defs)} workbookId={workbook.id} {...rest} />;
}
