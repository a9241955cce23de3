/**
 * Workshop mode, the projector view of any worksheet (/workshop/?sheet=…&id=…):
 * one prompt at a time in large type with the field's own input, a
 * countdown timer, "think alone, then share", a parking lot, an agenda from
 * the facilitator's guide and an end-of-session summary. Everything typed
 * is saved in the open workbook through the same store actions as the
 * worksheet page; nothing needs a network or a second device.
 */
import { useOpenWorkbookValue } from '../shared/use-workbook';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import '../../fields/shared/fields.css';
import '../worksheet/worksheet.css';
import './workshop.css';
import { currentCycle } from '../../model/workbook';
import type { WorksheetDef } from '../../worksheets/types';
import { buildFieldContext, savedValue } from '../../worksheets/field-context';
import { NoWorkbook } from '../worksheet/notices';
import SaveStatus from '../save-status/SaveStatus';
import { useOpenWorkbook } from '../worksheet/use-open-workbook';
import type { AgendaStep } from './agendas';
import type * as SummaryModuleType from './SessionSummary';
import { CountdownTimer } from './CountdownTimer';
import { PromptStage } from './PromptStage';
import { useCountdown } from './use-countdown';
import { useShortcuts, type ShortcutAction } from './use-shortcuts';
import { useWorkshopPlace } from './use-workshop-session';
import { WorkshopTools } from './WorkshopTools';

/** The lazily loaded summary module. */
type SummaryModule = typeof SummaryModuleType;

interface WorkshopModeProps {
  /** Every worksheet, in cycle order. */
  sheets: WorksheetDef[];
  /** Link to "My workbooks". */
  workbooksHref: string;
  /** Each worksheet's page, by id. */
  sheetHrefs: Record<string, string>;
}

/** The workshop island. */
export default function WorkshopMode({ sheets, workbooksHref, sheetHrefs }: WorkshopModeProps) {
  const open = useOpenWorkbook();
  const workbook = useOpenWorkbookValue();
  const defs = useMemo(() => new Map(sheets.map((sheet) => [sheet.id, sheet])), [sheets]);
  const titles = useMemo(() => new Map(sheets.map((sheet) => [sheet.id, sheet.title])), [sheets]);
  const place = useWorkshopPlace(defs, open.state === 'open' ? open.id : null);
  const countdown = useCountdown(5);
  const [view, setView] = useState<'present' | 'summary'>('present');
  const [summaryModule, setSummaryModule] = useState<SummaryModule | null>(null);
  const [hidden, setHidden] = useState<string[]>([]);
  const [problem, setProblem] = useState('');
  const [said, setSaid] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const { sheet, index, session } = place;
  const field = sheet?.fields[index];
  const promptKey = sheet && field ? `${sheet.id}/${field.id}` : '';

  // A prompt change by shortcut can remove the focused control: then the new prompt's heading takes focus.
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (promptKey && lost && said) heading.current?.focus();
  }, [promptKey]);

  const move = (offset: -1 | 1) => {
    if (!sheet) return;
    const next = index + offset;
    const target = sheet.fields[next];
    if (!target) return;
    place.showPrompt(next);
    setSaid(`Prompt ${next + 1} of ${sheet.fields.length}: ${target.prompt ?? target.label}`);
  };
  const toggleSummary = () => {
    if (view === 'summary') return setView('present');
    setView('summary');
    // The summary, its text export and the answer formatting load only when first asked for.
    if (!summaryModule) void import('./SessionSummary').then(setSummaryModule, () => setProblem('The summary could not be loaded. Reload the page and try again.'));
  };
  const setPromptHidden = (key: string, hide: boolean) => setHidden((keys) => (hide ? [...keys.filter((k) => k !== key), key] : keys.filter((k) => k !== key)));
  const goStep = (step: number, target: AgendaStep) => {
    place.update((current) => ({ ...current, step }));
    if (target.worksheet) place.showSheet(target.worksheet, target.field);
    setSaid(`Step ${step + 1}: ${target.title}`);
  };
  useShortcuts((action: ShortcutAction) => {
    if (view !== 'present') return;
    if (action === 'next') move(1);
    if (action === 'previous') move(-1);
    if (action === 'timer') countdown.toggle();
    if (action === 'reveal' && hidden.includes(promptKey)) setPromptHidden(promptKey, false);
  });

  if (open.state === 'opening') return <p class="worksheet__loading">Opening your workbook…</p>;
  if (open.state === 'failed' || !workbook) {
    return (
      <>
        <h1>Workshop mode</h1>
        <NoWorkbook problem={open.state === 'failed' ? open.problem : ''} workbooksHref={workbooksHref} />
      </>
    );
  }
  const cycle = currentCycle(workbook);
  const context = sheet ? buildFieldContext(workbook, cycle, sheet, defs) : null;

  return (
    <div class="workshop">
      <div class="workshop__bar workshop-no-print">
        <SaveStatus />
        <p class="workshop__workbook">
          Workshop mode for <strong>{workbook.title}</strong>, cycle {cycle.number}
          {sheet ? (
            <>
              {' · '}
              <a href={`${sheetHrefs[sheet.id] ?? ''}?id=${encodeURIComponent(workbook.id)}`}>open the worksheet page</a>
            </>
          ) : null}
        </p>
        <label class="workshop__chooser">
          <span>Worksheet</span>
          <select value={sheet?.id ?? ''} onChange={(event) => place.showSheet((event.currentTarget as HTMLSelectElement).value)}>
            {sheet ? null : <option value="">Choose a worksheet</option>}
            {sheets.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.title}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="button button--secondary" aria-pressed={view === 'summary' ? 'true' : 'false'} onClick={toggleSummary}>
          End-of-session summary
        </button>
      </div>
      {problem ? (
        <p class="callout callout--note" role="alert">
          {problem}
        </p>
      ) : null}
      {view === 'summary' ? (
        summaryModule && session ? (
          <summaryModule.SummaryView workbook={workbook} cycle={cycle} session={session} defs={defs} onClose={() => setView('present')} onNewSession={place.restart} />
        ) : (
          <p>Preparing the summary…</p>
        )
      ) : (
        <div class="workshop__layout">
          <div class="workshop__main">
            {sheet && context ? (
              <PromptStage sheet={sheet} index={index} raw={field ? savedValue(workbook, cycle, sheet.id, field) : undefined} context={context}
                hidden={hidden.includes(promptKey)} onHidden={(hide) => setPromptHidden(promptKey, hide)} onMove={move} headingRef={heading} onProblem={setProblem} />
            ) : (
              <h1 class="workshop-prompt__text">Choose a worksheet to present</h1>
            )}
          </div>
          <WorkshopTools readOnly={cycle.closedAt !== undefined} agendaId={session?.agendaId ?? null} step={session?.step ?? 0} titles={titles}
            onChooseAgenda={(agendaId) => place.update((current) => ({ ...current, agendaId, step: 0 }))} onStep={goStep} timer={<CountdownTimer countdown={countdown} />} />
        </div>
      )}
      <p class="visually-hidden" role="status">
        {said}
      </p>
    </div>
  );
}
