/**
 * Records that cannot be opened, and copies kept aside, each with its reason
 * in words and an "Export the raw record" button — so nothing is ever lost,
 * even when this release cannot read it.
 */
import { keptAsideText, storedRecordText, type KeptAside, type WorkbookSummary } from '../../stores';
import { downloadText } from '../../lib/download';
import { formatDateTime } from '../../lib/dates';

/** Props: the records to show, and where to report what happened. */
export interface ProblemRecordsProps {
  /** Workbooks whose stored record cannot be opened. */
  problems: WorkbookSummary[];
  /** Copies kept aside (quarantine). */
  keptAside: KeptAside[];
  /** Says a sentence in the page's status region. */
  announce: (message: string) => void;
}

/** A safe file name part from an id. */
function fileSafe(text: string): string {
  return text.replace(/[^\p{L}\p{N}-]+/gu, '-').slice(0, 60);
}

/** Downloads one raw record, reporting the outcome. */
async function exportRaw(read: () => Promise<string | null>, fileName: string, announce: (message: string) => void): Promise<void> {
  try {
    const text = await read();
    if (text === null) {
      announce('That record is no longer in this browser.');
      return;
    }
    downloadText(text, fileName);
    announce('The raw record was exported. Keep the file: it can be sent to someone who can help recover it.');
  } catch {
    announce('The raw record could not be read from this browser’s storage.');
  }
}

/** The "records that need attention" section; renders nothing when there are none. */
export function ProblemRecords({ problems, keptAside, announce }: ProblemRecordsProps) {
  if (problems.length === 0 && keptAside.length === 0) return null;
  return (
    <section class="problem-records" aria-labelledby="problem-records-title">
      <h2 id="problem-records-title">Records that need attention</h2>
      <p>
        These could not be opened as they are, so they have been kept exactly as they were. Export each one to keep a copy;
        nothing here is deleted automatically.
      </p>
      <ul class="card-list">
        {problems.map((row) => (
          <li key={row.id} class="card">
            <p class="card__title">A workbook that cannot be opened (id {row.id})</p>
            <p>{row.problem}</p>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => void exportRaw(() => storedRecordText(row.id), `unreadable-${fileSafe(row.id)}.json`, announce)}
            >
              Export the raw record<span class="visually-hidden"> of workbook {row.id}</span>
            </button>
          </li>
        ))}
        {keptAside.map((entry) => (
          <li key={entry.key} class="card">
            <p class="card__title">A copy kept aside on {formatDateTime(entry.quarantinedAt)}</p>
            <p>{entry.reason}</p>
            <button
              type="button"
              class="button button--secondary"
              onClick={() =>
                void exportRaw(() => keptAsideText(entry.key), `kept-aside-${fileSafe(entry.id)}-${entry.quarantinedAt.slice(0, 10)}.json`, announce)
              }
            >
              Export the raw record<span class="visually-hidden"> kept aside on {formatDateTime(entry.quarantinedAt)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
