/** Messages the worksheet island shows instead of, or above, the fields. */
import { formatDay } from '../../lib/dates';
import type { Cycle } from '../../model/workbook';

/** Shown when no workbook could be opened, with the way forward. */
export function NoWorkbook({ problem, workbooksHref }: { problem: string; workbooksHref: string }) {
  return (
    <div class="callout callout--note" role="alert">
      <p class="callout__label">
        <strong>Open a workbook to fill in this worksheet</strong>
      </p>
      {problem && <p>{problem}</p>}
      <p>Your answers are saved in a workbook in this browser. Create one, or open one you already have.</p>
      <p>
        <a class="button" href={workbooksHref}>
          Go to My workbooks
        </a>
      </p>
    </div>
  );
}

/** Shown above a closed cycle's answers. */
export function ReadOnlyNotice({ cycle }: { cycle: Cycle }) {
  const closed = formatDay(cycle.closedAt);
  return (
    <div class="callout callout--note" role="note">
      <p class="callout__label">
        <strong>A finished cycle: read only</strong>
      </p>
      <p>
        Cycle {cycle.number} was closed{closed ? ` on ${closed}` : ''}. Its answers are kept exactly as they were, as a dated record. Work on the
        current cycle to make changes.
      </p>
    </div>
  );
}
