/** The plan itself, read only: cover, contents, a section per included stage, sign-off. */
import type { StageId } from '../../lib/cycle';
import type { Cycle, Workbook } from '../../model/workbook';
import type { WorksheetDef } from '../../worksheets/types';
import { localToday } from '../../lib/dates';
import { namesToRoles, keepText, sharesARole } from '../../worksheets/names-to-roles';
import { answerContext } from './plan-context';
import { sheetsWithAnswers, includedStages } from '../../worksheets/plan-data';
import { PlanContents, PlanCover, PlanSignOff } from './PlanCover';
import { SheetAnswers } from './SheetAnswers';
import type { PlanViewProps } from './types';

interface PlanDocumentProps extends Pick<PlanViewProps, 'stages' | 'lensGroups' | 'approachTitles'> {
  workbook: Workbook;
  cycle: Cycle;
  worksheets: ReadonlyMap<string, WorksheetDef>;
  excluded: ReadonlySet<StageId>;
  hideNames: boolean;
}

/** Draws the document. */
export function PlanDocument({ workbook, cycle, worksheets, stages, lensGroups, approachTitles, excluded, hideNames }: PlanDocumentProps) {
  const text = hideNames ? namesToRoles(workbook.setup.team) : keepText;
  const dropNameColumn = hideNames && !sharesARole(workbook.setup.team);
  const all = [...worksheets.values()];
  const sections = includedStages(stages, excluded).map((stage) => ({
    stage,
    sheets: sheetsWithAnswers(workbook, cycle, all.filter((sheet) => sheet.stage === stage.id), lensGroups[stage.id] ?? []),
  }));
  return (
    <article class="plan" lang="en-GB">
      <PlanCover workbook={workbook} cycle={cycle} approachTitles={approachTitles} today={localToday()} text={text} namesReplaced={hideNames} />
      <PlanContents stages={sections} />
      {sections.map(({ stage, sheets }) => (
        <section class="plan-stage" id={`stage-${stage.id}`} aria-labelledby={`stage-${stage.id}-heading`} key={stage.id}>
          <h2 id={`stage-${stage.id}-heading`}>{stage.heading}</h2>
          {sheets.length === 0 && <p>Nothing has been written for this stage yet.</p>}
          {sheets.map((entry) => (
            <SheetAnswers key={entry.sheet.id} entry={entry} context={answerContext(workbook, cycle, entry.sheet, worksheets, text)} dropNameColumn={dropNameColumn} />
          ))}
        </section>
      ))}
      <PlanSignOff />
    </article>
  );
}
