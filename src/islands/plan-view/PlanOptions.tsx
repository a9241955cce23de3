/** The options above the plan (never printed): stages to include, names or roles, and Print. */
import type { StageId } from '../../lib/cycle';
import type { PlanStage } from './types';

interface PlanOptionsProps {
  stages: PlanStage[];
  excluded: ReadonlySet<StageId>;
  onToggleStage: (id: StageId) => void;
  hideNames: boolean;
  onHideNames: (hide: boolean) => void;
  workbookHref: string;
}

/** Draws the options form. */
export function PlanOptions({ stages, excluded, onToggleStage, hideNames, onHideNames, workbookHref }: PlanOptionsProps) {
  return (
    <form class="plan-options" aria-labelledby="plan-options-heading" onSubmit={(event) => event.preventDefault()}>
      <p class="plan-options__heading" id="plan-options-heading">
        <strong>Print options</strong>
      </p>
      <fieldset>
        <legend>Stages to include</legend>
        {stages.map((stage) => (
          <label class="plan-options__check" key={stage.id}>
            <input type="checkbox" checked={!excluded.has(stage.id)} onChange={() => onToggleStage(stage.id)} />
            {stage.heading}
          </label>
        ))}
      </fieldset>
      <label class="plan-options__check">
        <input type="checkbox" checked={hideNames} onChange={(event) => onHideNames(event.currentTarget.checked)} />
        Replace names with roles
      </label>
      <p class="plan-options__hint">Team members’ names are shown as their roles, as set in Our team and scope.</p>
      <p class="plan-options__actions">
        <button type="button" class="button" onClick={() => globalThis.print()}>
          Print or save as PDF
        </button>
        <a class="button button--secondary" href={workbookHref}>
          Back to the workbook
        </a>
      </p>
      <p class="plan-options__hint">To save a PDF, choose “Save as PDF” as the printer. A4 paper suits the layout.</p>
    </form>
  );
}
