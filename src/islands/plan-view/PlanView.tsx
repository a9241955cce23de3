/**
 * The whole-plan view island (/workbook/plan/): opens the current workbook
 * (or ?id=) and draws the chosen cycle (?cycle=, else the current one) read
 * only, as a document to print or save as PDF.
 *
 * State: which stages are left out and whether names become roles; both
 * live only in this page (nothing is saved). The running title for printed
 * pages is set as a CSS custom property on <html> (--plan-running-title).
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import './plan-view.css';
// After the screen styles, so print rules win at equal specificity.
import '../../styles/print-plan.css';
import type { StageId } from '../../lib/cycle';
import { $workbook } from '../../stores';
import { namesToRoles } from '../../worksheets/names-to-roles';
import { cycleToShow } from '../../worksheets/field-context';
import { useOpenWorkbook } from '../worksheet/use-open-workbook';
import { PlanDocument } from './PlanDocument';
import { PlanOptions } from './PlanOptions';
import type { PlanViewProps } from './types';

/** Text as a quoted CSS string, safe for `content:`. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;
}

/** Draws the options and the plan. */
export default function PlanView({ worksheets, stages, lensGroups, approachTitles, workbooksHref, workbookHref }: PlanViewProps) {
  const open = useOpenWorkbook();
  const workbook = useStore($workbook);
  const [excluded, setExcluded] = useState<ReadonlySet<StageId>>(new Set());
  const [hideNames, setHideNames] = useState(false);
  const byId = useMemo(() => new Map(worksheets.map((sheet) => [sheet.id, sheet])), [worksheets]);
  // The browser names a saved PDF after the page title, so with names replaced the title is filtered too.
  const title = workbook && hideNames ? namesToRoles(workbook.setup.team)(workbook.title) : workbook?.title;
  useEffect(() => {
    if (title === undefined) return;
    document.title = `${title}: the whole plan${hideNames ? ', names as roles' : ''} · Belonging Workbook`;
    document.documentElement.style.setProperty('--plan-running-title', cssString(title));
  }, [title, hideNames]);
  if (open.state === 'opening') return <h1>Opening your plan…</h1>;
  const cycle = workbook ? cycleToShow(workbook, globalThis.location.search) : undefined;
  if (open.state === 'failed' || !workbook || !cycle) {
    return (
      <>
        <h1>Your whole plan</h1>
        <div class="callout callout--note" role="alert">
          <p>{open.state === 'failed' ? open.problem : 'This cycle is not in the workbook.'}</p>
          <p>
            <a class="button" href={workbooksHref}>
              Go to My workbooks
            </a>
          </p>
        </div>
      </>
    );
  }
  const toggleStage = (id: StageId) =>
    setExcluded((old) => {
      const next = new Set(old);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <div class="plan-view">
      <PlanOptions stages={stages} excluded={excluded} onToggleStage={toggleStage} hideNames={hideNames} onHideNames={setHideNames} workbookHref={`${workbookHref}?id=${encodeURIComponent(workbook.id)}`} />
      <PlanDocument workbook={workbook} cycle={cycle} worksheets={byId} stages={stages} lensGroups={lensGroups} approachTitles={approachTitles} excluded={excluded} hideNames={hideNames} />
    </div>
  );
}
