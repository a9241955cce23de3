/**
 * Spreadsheet and calendar buttons beside the PDF exports on the workbook
 * page. Only the buttons ship with the page; the builders load on a press.
 */
import type { Workbook } from '../../model/workbook';
import type { FileKind } from '../../exports/index';
import { runFileExport } from '../../exports/run';
import type { WorksheetDef } from '../../worksheets/types';
import type { Progress } from './ExportStatus';

const BUTTONS: { kind: FileKind; label: string }[] = [
  { kind: 'actions-csv', label: 'Action plan (spreadsheet, CSV)' },
  { kind: 'progress-csv', label: 'Progress log (spreadsheet, CSV)' },
  { kind: 'indicators-csv', label: 'Indicators and measurements (spreadsheet, CSV)' },
  { kind: 'calendar-ics', label: 'Dates for your calendar (.ics)' },
];

/** What the export panel hands the buttons. */
export interface FileExportsProps {
  workbook: Workbook | null;
  worksheets: WorksheetDef[];
  namesAsRoles: boolean;
  busy: boolean;
  onProgress: (progress: Progress) => void;
}

/** The spreadsheet and calendar buttons. */
export function FileExports({ workbook, worksheets, namesAsRoles, busy, onProgress }: FileExportsProps) {
  const start = async (kind: FileKind) => {
    if (!workbook) {
      onProgress({ state: 'done', outcome: { ok: false, problem: 'Open a workbook first: there is nothing to export yet.' } });
      return;
    }
    onProgress({ state: 'working' });
    onProgress({ state: 'done', outcome: await runFileExport(kind, { workbook, worksheets, namesAsRoles, now: new Date() }) });
  };
  return (
    <div class="export-pdf__actions" role="group" aria-label="Spreadsheets and calendar">
      {BUTTONS.map(({ kind, label }) => (
        <button type="button" class="button button--secondary" key={kind} disabled={busy} onClick={() => void start(kind)}>
          {label}
        </button>
      ))}
    </div>
  );
}
