/** What the plan view page hands its island: plain data built from the content collections. */
import type { StageId } from '../../lib/cycle';
import type { LensQuestionGroup, WorksheetDef } from '../../worksheets/types';

/** A stage as the plan shows it. */
export interface PlanStage {
  /** The stage id; also the section's anchor. */
  id: StageId;
  /** Its heading, such as "Stage 1: Reflect". */
  heading: string;
}

/** The island's props. */
export interface PlanViewProps {
  /** Every worksheet, in stage then order. */
  worksheets: WorksheetDef[];
  /** The stages, in order. */
  stages: PlanStage[];
  /** The questions each approach adds, per stage. */
  lensGroups: Partial<Record<StageId, LensQuestionGroup[]>>;
  /** Each planning approach's title, by id. */
  approachTitles: Record<string, string>;
  /** Link to "My workbooks". */
  workbooksHref: string;
  /** Link to the workbook page. */
  workbookHref: string;
}
