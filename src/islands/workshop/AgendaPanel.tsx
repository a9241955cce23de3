/**
 * The agenda panel: choose a plan from the facilitator's guide (or none),
 * see its steps with times, the current one marked "Now", and move between
 * steps. Choosing a step opens its worksheet in the presenter.
 * Loaded with import() when the panel is first opened.
 */
import { AGENDAS, agendaById, clockTime, stepStarts, type AgendaStep } from './agendas';

interface AgendaPanelProps {
  /** The chosen plan's id, or null. */
  agendaId: string | null;
  /** The current step, from 0. */
  step: number;
  /** Worksheet titles by id, to name each step's worksheet. */
  titles: ReadonlyMap<string, string>;
  /** Chooses a plan (null for none). */
  onChoose: (agendaId: string | null) => void;
  /** Goes to a step, opening its worksheet. */
  onStep: (index: number, step: AgendaStep) => void;
}

/** Draws the plan chooser and its steps. */
export function AgendaPanel({ agendaId, step, titles, onChoose, onStep }: AgendaPanelProps) {
  const agenda = agendaById(agendaId);
  const starts = agenda ? stepStarts(agenda) : [];
  const last = agenda ? agenda.steps.length - 1 : 0;
  const go = (index: number) => {
    const target = agenda?.steps[index];
    if (target) onStep(index, target);
  };
  return (
    <div class="workshop-agenda">
      <label for="workshop-agenda-choice">Workshop plan</label>
      <select id="workshop-agenda-choice" value={agendaId ?? ''} onChange={(event) => onChoose((event.currentTarget as HTMLSelectElement).value || null)}>
        <option value="">No plan</option>
        {AGENDAS.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.title}
          </option>
        ))}
      </select>
      {agenda ? (
        <>
          <ol class="workshop-agenda__steps">
            {agenda.steps.map((item, index) => {
              const start = starts[index] ?? 0;
              const current = index === step;
              return (
                <li key={item.title} class={current ? 'workshop-agenda__step workshop-agenda__step--current' : 'workshop-agenda__step'} aria-current={current ? 'step' : undefined}>
                  <button type="button" class="workshop-agenda__go" onClick={() => go(index)}>
                    {current ? <strong class="workshop-agenda__now">Now: </strong> : null}
                    <span class="workshop-agenda__time">
                      {clockTime(start)}–{clockTime(start + item.minutes)}
                    </span>{' '}
                    {item.title}
                  </button>
                  <span class="workshop-agenda__meta">
                    {item.minutes} minutes · {item.who}
                    {item.worksheet ? ` · ${titles.get(item.worksheet) ?? item.worksheet}` : ''}
                  </span>
                </li>
              );
            })}
          </ol>
          <p class="workshop-agenda__nav">
            <button type="button" class="button button--secondary button--small" aria-disabled={step <= 0 ? 'true' : undefined} onClick={() => step > 0 && go(step - 1)}>
              Previous step
            </button>
            <button type="button" class="button button--secondary button--small" aria-disabled={step >= last ? 'true' : undefined} onClick={() => step < last && go(step + 1)}>
              Next step
            </button>
          </p>
        </>
      ) : (
        <p class="workshop-panel__note">Choose a plan to follow its steps and times.</p>
      )}
    </div>
  );
}
