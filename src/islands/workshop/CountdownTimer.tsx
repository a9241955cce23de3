/**
 * The countdown panel: the time left in large figures, presets, a custom
 * length, start / pause / reset. At the end the panel changes style and
 * says "Time is up" — no sound, no flashing. A polite live region says
 * only when it starts, each whole minute left and the end.
 */
import { useState } from 'preact/hooks';
import { formatClock, MAX_MINUTES, TIMER_PRESETS } from '../../lib/timer';
import type { Countdown } from './use-countdown';

/** Draws the timer from the countdown hook's state. */
export function CountdownTimer({ countdown }: { countdown: Countdown }) {
  const { phase, remaining, state } = countdown;
  const [custom, setCustom] = useState('');
  const [problem, setProblem] = useState('');
  const setCustomLength = (event: Event) => {
    event.preventDefault();
    const minutes = Number(custom.trim());
    if (!Number.isFinite(minutes) || minutes <= 0 || minutes > MAX_MINUTES || custom.trim() === '') {
      setProblem(`Type a number of minutes from 1 to ${MAX_MINUTES}.`);
      return;
    }
    setProblem('');
    countdown.choose(minutes);
  };
  const startLabel = phase === 'running' ? 'Pause' : phase === 'paused' ? 'Resume' : 'Start';
  return (
    <section class={`workshop-timer workshop-timer--${phase}`} aria-labelledby="workshop-timer-heading">
      <h2 id="workshop-timer-heading" class="workshop-panel__heading">
        Timer
      </h2>
      <p class="workshop-timer__clock" role="timer" aria-label={phase === 'done' ? 'Time is up' : `${formatClock(remaining)} left`}>
        {phase === 'done' ? 'Time is up' : formatClock(remaining)}
      </p>
      <p class="workshop-timer__state">{phase === 'paused' ? 'Paused' : phase === 'running' ? 'Running' : phase === 'done' ? `The ${formatClock(state.durationMs)} is over.` : 'Ready'}</p>
      <p class="workshop-timer__controls">
        <button type="button" class="button" disabled={phase === 'done'} onClick={countdown.toggle}>
          {startLabel}
          <span class="visually-hidden"> the timer</span>
        </button>
        <button type="button" class="button button--secondary" onClick={countdown.reset}>
          Reset<span class="visually-hidden"> the timer</span>
        </button>
      </p>
      <div class="workshop-timer__presets" role="group" aria-label="Timer length">
        {TIMER_PRESETS.map((minutes) => (
          <button key={minutes} type="button" class="button button--secondary button--small" aria-pressed={state.durationMs === minutes * 60_000 ? 'true' : 'false'} onClick={() => countdown.choose(minutes)}>
            {minutes} min
          </button>
        ))}
      </div>
      <form class="workshop-timer__custom" onSubmit={setCustomLength} noValidate>
        <label for="workshop-timer-minutes">Other length, in minutes</label>
        <span class="workshop-timer__custom-row">
          <input id="workshop-timer-minutes" type="number" inputMode="numeric" min={1} max={MAX_MINUTES} step={1} value={custom}
            aria-invalid={problem ? 'true' : undefined} aria-describedby={problem ? 'workshop-timer-problem' : undefined}
            onInput={(event) => setCustom((event.currentTarget as HTMLInputElement).value)} />
          <button type="submit" class="button button--secondary button--small">
            Set<span class="visually-hidden"> the timer length</span>
          </button>
        </span>
        {problem ? <p id="workshop-timer-problem" class="workshop-timer__problem">{problem}</p> : null}
      </form>
      <p class="visually-hidden" aria-live="polite">
        {countdown.message}
      </p>
    </section>
  );
}
