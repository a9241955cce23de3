/**
 * The "Team contributions" section of the workbook page: teachers send
 * their answers to chosen worksheets as a small file ("Send my answers");
 * the facilitator merges several into the team's workbook ("Merge
 * contributions"), reviewing every addition, duplicate and conflict first.
 * Shows nothing until a workbook is open. The file and merge code loads
 * only when used.
 */
import { useStore } from '@nanostores/preact';
import '../../fields/shared/fields.css';
import './merge.css';
import { currentCycle } from '../../model/workbook';
import { $workbook } from '../../stores';
import type { WorksheetDef } from '../../worksheets/types';
import { MergeContributions } from './MergeContributions';
import { SendAnswers } from './SendAnswers';

/** A stage and the heading it is shown under. */
export interface StageHeading {
  /** The stage id. */
  id: string;
  /** E.g. "Stage 1: Reflect". */
  heading: string;
}

interface TeamContributionsProps {
  /** Every worksheet, in stage and order. */
  worksheets: WorksheetDef[];
  /** The stages, in order. */
  stages: StageHeading[];
}

/** The Team contributions island. */
export default function TeamContributions({ worksheets, stages }: TeamContributionsProps) {
  const workbook = useStore($workbook);
  if (!workbook) return null;
  const closed = currentCycle(workbook).closedAt !== undefined;
  return (
    <section class="team-contributions" aria-labelledby="team-contributions-heading">
      <h2 id="team-contributions-heading">Team contributions</h2>
      <p>
        Colleagues can work in their own copy of the workbook and send their answers to the facilitator, who merges them into the team’s workbook. No
        server is involved: the answers travel as a small file. Write about policies and practice, never about individual pupils.
      </p>
      <section aria-labelledby="send-answers-heading">
        <h3 id="send-answers-heading">Send my answers</h3>
        <p>Choose the worksheets to send. Only your answers in this cycle go in the file, not the whole workbook.</p>
        <SendAnswers workbook={workbook} worksheets={worksheets} stages={stages} />
      </section>
      <section aria-labelledby="merge-heading">
        <h3 id="merge-heading">Merge contributions</h3>
        {closed ? (
          <p>This cycle is closed: it is kept as a read-only record, so nothing can be merged into it.</p>
        ) : (
          <MergeContributions workbook={workbook} worksheets={worksheets} />
        )}
      </section>
    </section>
  );
}
