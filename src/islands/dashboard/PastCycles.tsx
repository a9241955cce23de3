/** Finished cycles, each a read-only snapshot that can be opened worksheet by worksheet. */
import { formatDay } from '../../lib/dates';
import type { Workbook } from '../../model/workbook';
import type { WorksheetDef } from '../../worksheets/types';

interface PastCyclesProps {
  workbook: Workbook;
  worksheets: WorksheetDef[];
  sheetHrefs: Record<string, string>;
}

/** Lists closed cycles with links to view each worksheet as it was. */
export function PastCycles({ workbook, worksheets, sheetHrefs }: PastCyclesProps) {
  const closed = workbook.cycles.filter((cycle) => cycle.closedAt !== undefined);
  if (closed.length === 0) return null;
  return (
    <section class="dashboard__past" aria-labelledby="past-cycles-heading">
      <h3 id="past-cycles-heading">Earlier cycles (read only)</h3>
      {closed.map((cycle) => (
        <details key={cycle.id} class="dashboard__past-cycle">
          <summary>
            Cycle {cycle.number}: {formatDay(cycle.startedAt)} to {formatDay(cycle.closedAt)}
          </summary>
          <ul>
            {worksheets
              .filter((sheet) => cycle.answers[sheet.id] !== undefined)
              .map((sheet) => (
                <li key={sheet.id}>
                  <a href={`${sheetHrefs[sheet.id] ?? '#'}?id=${encodeURIComponent(workbook.id)}&cycle=${encodeURIComponent(cycle.id)}`}>{sheet.title}</a>
                </li>
              ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
