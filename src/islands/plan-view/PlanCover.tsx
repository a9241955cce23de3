/** The plan's cover block, contents and sign-off block. */
import { formatDateInWords } from '../../lib/dates';
import type { Cycle, Workbook } from '../../model/workbook';
import type { TextFilter } from '../../worksheets/names-to-roles';
import type { PlanSheet } from '../../worksheets/plan-data';
import type { PlanStage } from './types';

const inWords = (iso: string | undefined) => formatDateInWords(iso) ?? 'not set';

/** ": 1 September 2025 to 19 December 2025", or a note that the dates are not set. */
function cycleDates(start: string | undefined, end: string | undefined): string {
  if (!start && !end) return ' (dates not set yet)';
  return `: ${inWords(start)} to ${inWords(end)}`;
}

interface CoverProps {
  workbook: Workbook;
  cycle: Cycle;
  approachTitles: Record<string, string>;
  today: string;
  text: TextFilter;
  namesReplaced: boolean;
}

/** The cover: name, school, cycle and its dates, approaches, date generated. */
export function PlanCover({ workbook, cycle, approachTitles, today, text, namesReplaced }: CoverProps) {
  const { setup } = workbook;
  const approaches = setup.approaches.map((id) => approachTitles[id] ?? id);
  return (
    <header class="plan-cover">
      <p class="plan-cover__kicker">Inclusive policy plan</p>
      <h1>{text(workbook.title)}</h1>
      <dl class="plan-cover__facts">
        {setup.schoolName?.trim() ? (
          <>
            <dt>School</dt>
            <dd>{setup.schoolName}</dd>
          </>
        ) : null}
        <dt>Cycle</dt>
        <dd>{`Cycle ${cycle.number}${cycleDates(setup.cycleStart, setup.cycleEnd)}${cycle.closedAt ? ' (finished)' : ''}`}</dd>
        <dt>Review date</dt>
        <dd>{inWords(setup.reviewDate)}</dd>
        <dt>Planning approaches</dt>
        <dd>{approaches.length === 0 ? 'None chosen yet' : <ul>{approaches.map((title) => <li key={title}>{title}</li>)}</ul>}</dd>
        <dt>Generated</dt>
        <dd>{inWords(today)}</dd>
      </dl>
      {namesReplaced && <p class="plan-cover__note">In this copy, team members’ names are replaced with their roles.</p>}
      <p class="plan-cover__note">Made with the Belonging Workbook, a companion to Belonging in School (Alcorn, Zdorovtsova and Astle, 2023).</p>
    </header>
  );
}

/** The contents: a link to each included stage and its worksheets. */
export function PlanContents({ stages }: { stages: { stage: PlanStage; sheets: PlanSheet[] }[] }) {
  return (
    <nav class="plan-contents" aria-labelledby="plan-contents-heading">
      <h2 id="plan-contents-heading">Contents</h2>
      <ol>
        {stages.map(({ stage, sheets }) => (
          <li key={stage.id}>
            <a href={`#stage-${stage.id}`}>{stage.heading}</a>
            {sheets.length > 0 && (
              <ol>
                {sheets.map(({ sheet }) => (
                  <li key={sheet.id}>
                    <a href={`#sheet-${sheet.id}`}>{sheet.title}</a>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
        <li>
          <a href="#plan-signoff">Sign-off</a>
        </li>
      </ol>
    </nav>
  );
}

const SIGN_LINES = ['Name or role', 'Signature', 'Date'];

/** Lines for two people to sign the plan off, on paper. */
export function PlanSignOff() {
  return (
    <section class="plan-signoff" aria-labelledby="plan-signoff">
      <h2 id="plan-signoff">Sign-off</h2>
      <p>We agree this plan and will review it on the date above.</p>
      {[1, 2].map((signer) => (
        <div class="plan-signoff__person" key={signer}>
          {SIGN_LINES.map((line) => (
            <p class="plan-signoff__line" key={line}>
              <span>{line}</span>
              <span class="plan-signoff__blank" aria-hidden="true" />
            </p>
          ))}
        </div>
      ))}
    </section>
  );
}
