/**
 * The cycle dashboard on the workbook page: every stage's worksheets with
 * how far the team has got, what is overdue, the next review date, past
 * cycles to look back at, and starting the next cycle.
 */
import { useStore } from '@nanostores/preact';
import './dashboard.css';
import { currentCycle } from '../../model/workbook';
import { $workbook } from '../../stores';
import { overdueItems } from '../../worksheets/progress';
import type { WorksheetDef } from '../../worksheets/types';
import { formatDateInWords, localToday } from '../../lib/dates';
import { PastCycles } from './PastCycles';
import { StageOverview, type StageInfo } from './StageOverview';
import { StartNextCycle } from './StartNextCycle';

interface CycleDashboardProps {
  /** Every worksheet, in stage and order. */
  worksheets: WorksheetDef[];
  /** The stages, in order, with their guide links. */
  stages: StageInfo[];
  /** Worksheet links by id. */
  sheetHrefs: Record<string, string>;
  /** "overview": progress by stage; "cycles": starting the next cycle and earlier cycles (placed last on the page). */
  part: 'overview' | 'cycles';
}

function formatDate(date: string): string {
  return formatDateInWords(date) ?? date;
}

/** Draws the dashboard for the open workbook; nothing until one is open. */
export default function CycleDashboard({ worksheets, stages, sheetHrefs, part }: CycleDashboardProps) {
  const workbook = useStore($workbook);
  if (!workbook) return null;
  if (part === 'cycles') {
    return (
      <section class="dashboard dashboard--cycles" aria-label="Cycles">
        <StartNextCycle worksheets={worksheets} workbook={workbook} />
        <PastCycles workbook={workbook} worksheets={worksheets} sheetHrefs={sheetHrefs} />
      </section>
    );
  }
  const cycle = currentCycle(workbook);
  const today = localToday();
  const overdue = overdueItems(worksheets, cycle, today);
  const review = workbook.setup.reviewDate;
  return (
    <section class="dashboard" aria-labelledby="dashboard-heading">
      <h2 id="dashboard-heading">Cycle {cycle.number} at a glance</h2>
      <ul class="dashboard__facts">
        <li>{review ? <>Next review: <strong>{formatDate(review)}</strong>{review < today && ' (this date has passed)'}</> : 'No review date set yet: add one in Our team and scope.'}</li>
        <li>
          {overdue.length === 0 ? 'Nothing is overdue.' : <><strong>{overdue.length} overdue</strong>: {overdue.map((item) => `${item.label} (due ${formatDate(item.due)})`).join('; ')}.</>}
        </li>
      </ul>
      {stages.map((stage) => (
        <StageOverview key={stage.id} stage={stage} sheets={worksheets.filter((sheet) => sheet.stage === stage.id)} workbook={workbook} cycle={cycle} sheetHrefs={sheetHrefs} />
      ))}
    </section>
  );
}
