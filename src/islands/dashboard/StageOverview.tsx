/** One stage's worksheets on the dashboard, each with its progress in words. */
import type { Cycle, Workbook } from '../../model/workbook';
import { PROGRESS_LABELS, sheetProgress } from '../../worksheets/progress';
import type { WorksheetDef } from '../../worksheets/types';

/** A stage as the dashboard shows it. */
export interface StageInfo {
  /** Stage id. */
  id: string;
  /** "Stage 1: Reflect" or "Get started". */
  heading: string;
  /** Link to the stage's guidance. */
  guideHref: string;
}

interface StageOverviewProps {
  stage: StageInfo;
  sheets: WorksheetDef[];
  workbook: Workbook;
  cycle: Cycle;
  sheetHrefs: Record<string, string>;
}

/** Lists a stage's worksheets with "Started: 3 of 5 questions" style progress. */
export function StageOverview({ stage, sheets, workbook, cycle, sheetHrefs }: StageOverviewProps) {
  const progress = sheets.map((sheet) => ({ sheet, ...sheetProgress(sheet, workbook, cycle) }));
  const complete = progress.filter((item) => item.state === 'complete').length;
  return (
    <section class="dashboard__stage" id={`stage-${stage.id}`} aria-labelledby={`stage-${stage.id}-heading`}>
      <h3 id={`stage-${stage.id}-heading`}>
        {stage.heading} <span class="dashboard__count">({complete} of {sheets.length} complete)</span>
      </h3>
      <ul class="dashboard__sheets">
        {progress.map(({ sheet, state, answered, total }) => (
          <li key={sheet.id} class={`dashboard__sheet dashboard__sheet--${state}`}>
            <a href={`${sheetHrefs[sheet.id] ?? '#'}?id=${encodeURIComponent(workbook.id)}`}>{sheet.title}</a>
            <span class="dashboard__state">
              <span class="dashboard__marker" aria-hidden="true" />
              {PROGRESS_LABELS[state]}
              {state === 'started' && `: ${answered} of ${total} questions`}
            </span>
          </li>
        ))}
      </ul>
      <p class="dashboard__guide">
        <a href={stage.guideHref}>How to run this stage</a>
      </p>
    </section>
  );
}
