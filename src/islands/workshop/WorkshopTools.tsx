/**
 * The presenter's side column: the timer, the agenda, the parking lot and
 * the shortcuts. The agenda and parking lot panels load with import() the
 * first time they are opened, which keeps the page within its budget.
 */
import type { ComponentChildren } from 'preact';
import { useOpenWorkbookValue } from '../shared/use-workbook';
import { useEffect, useState } from 'preact/hooks';
import type { AgendaStep } from './agendas';
import { readParkingLot } from '../../stores/parking-lot';
import { ShortcutsHelp } from './ShortcutsHelp';
import { useLoadWhen } from './use-load-when';

interface WorkshopToolsProps {
  /** The timer panel. */
  timer: ComponentChildren;
  /** True on a closed cycle. */
  readOnly: boolean;
  /** The chosen plan, or null. */
  agendaId: string | null;
  /** The current step. */
  step: number;
  /** Worksheet titles by id. */
  titles: ReadonlyMap<string, string>;
  /** Chooses a plan. */
  onChooseAgenda: (agendaId: string | null) => void;
  /** Goes to a step. */
  onStep: (index: number, step: AgendaStep) => void;
}

/** Draws the side column. */
export function WorkshopTools({ timer, readOnly, agendaId, step, titles, onChooseAgenda, onStep }: WorkshopToolsProps) {
  const parked = readParkingLot(useOpenWorkbookValue()).length;
  const [agendaOpen, setAgendaOpen] = useState(agendaId !== null);
  const [parkingOpen, setParkingOpen] = useState(false);
  useEffect(() => {
    if (agendaId !== null) setAgendaOpen(true);
  }, [agendaId]);
  const agenda = useLoadWhen(agendaOpen, () => import('./AgendaPanel'));
  const parking = useLoadWhen(parkingOpen, () => import('./ParkingLot'));
  const loading = <p class="workshop-panel__note">Loading…</p>;
  return (
    <aside class="workshop__side workshop-no-print" aria-label="Workshop tools">
      {timer}
      <details class="workshop-panel" open={agendaOpen} onToggle={(event) => setAgendaOpen((event.currentTarget as HTMLDetailsElement).open)}>
        <summary>Agenda</summary>
        {agenda ? <agenda.AgendaPanel agendaId={agendaId} step={step} titles={titles} onChoose={onChooseAgenda} onStep={onStep} /> : loading}
      </details>
      <details class="workshop-panel" open={parkingOpen} onToggle={(event) => setParkingOpen((event.currentTarget as HTMLDetailsElement).open)}>
        <summary>Parking lot ({parked})</summary>
        {parking ? <parking.ParkingLot readOnly={readOnly} /> : loading}
      </details>
      <ShortcutsHelp />
    </aside>
  );
}
