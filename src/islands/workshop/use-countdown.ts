/**
 * The countdown timer's state for the workshop island. While running, the
 * clock is re-read from `Date.now()` each time the shown second changes (and
 * when the tab is shown again), so a throttled tab catches up at once. The
 * announcement changes only on start, each whole minute left and the end
 * (pausing and resetting are shown by the buttons' own words).
 * Lifecycle: lives as long as the page; not saved (a timer is for the room).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { describeLength, newTimer, pauseTimer, remainingMs, resetTimer, startTimer, tickAnnouncement, timerPhase, type TimerPhase, type TimerState } from '../../lib/timer';

/** What the hook hands back. */
export interface Countdown {
  /** The timer's state. */
  state: TimerState;
  /** Milliseconds left now. */
  remaining: number;
  /** What it is doing. */
  phase: TimerPhase;
  /** The latest announcement for the live region. */
  message: string;
  /** Starts, pauses or resumes (the T shortcut). */
  toggle: () => void;
  /** Back to the full length. */
  reset: () => void;
  /** A new length in minutes (not running). */
  choose: (minutes: number) => void;
}

/** The workshop timer, starting at `minutes`. */
export function useCountdown(minutes = 5): Countdown {
  const [state, setState] = useState<TimerState>(() => newTimer(minutes));
  const [now, setNow] = useState(() => Date.now());
  const [message, setMessage] = useState('');
  const remaining = remainingMs(state, now);
  const phase = timerPhase(state, now);
  const last = useRef(remaining);
  const current = useRef(state);
  current.current = state;

  useEffect(() => {
    if (phase !== 'running') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Reads the true time; says only a whole minute reached or the end (worked out here, not in an effect, so it is never late).
    const tick = () => {
      const at = Date.now();
      const left = remainingMs(current.current, at);
      const said = current.current.startedAt === null ? null : tickAnnouncement(last.current, left);
      if (said) setMessage(said);
      last.current = left;
      setNow(at);
      return left;
    };
    // Wake exactly when the shown second changes; a late wake (a throttled tab) still reads the true time.
    const schedule = (left: number) => {
      if (left > 0) timer = setTimeout(() => schedule(tick()), left % 1000 || 1000);
    };
    const onShow = () => tick();
    schedule(remainingMs(state, Date.now()));
    document.addEventListener('visibilitychange', onShow);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onShow);
    };
  }, [phase, state]);

  const toggle = () => {
    const at = Date.now();
    setNow(at);
    last.current = remaining;
    if (phase === 'running') {
      setState(pauseTimer(state, at));
    } else if (phase !== 'done') {
      setState(startTimer(state, at));
      setMessage(`Timer started: ${describeLength(remaining)} left.`);
    }
  };
  const reset = () => {
    setState(resetTimer(state));
    setNow(Date.now());
    last.current = state.durationMs;
    setMessage('');
  };
  const choose = (length: number) => {
    const fresh = newTimer(length);
    setState(fresh);
    setNow(Date.now());
    last.current = fresh.durationMs;
    setMessage('');
  };
  return { state, remaining, phase, message, toggle, reset, choose };
}
