/**
 * The countdown timer's arithmetic, kept pure so it can be tested without a
 * browser. Time is always worked out from `Date.now()` readings, never by
 * counting ticks, so a throttled background tab still shows the right time.
 *
 * Shape: `{ durationMs, startedAt, elapsedBefore }`. Idle: not started and
 * nothing elapsed. Running: `startedAt` is the reading when it last started.
 * Paused: `startedAt` is null and `elapsedBefore` holds the time already run.
 */

/** The timer's state. */
export interface TimerState {
  /** How long the countdown is, in milliseconds. */
  durationMs: number;
  /** The `Date.now()` reading when it last started, or null when not running. */
  startedAt: number | null;
  /** Time already counted down before the last start (after a pause). */
  elapsedBefore: number;
}

/** What the timer is doing. */
export type TimerPhase = 'idle' | 'running' | 'paused' | 'done';

/** The preset lengths offered, in minutes. */
export const TIMER_PRESETS = [1, 2, 3, 5, 10, 15] as const;

/** The longest countdown allowed, in minutes. */
export const MAX_MINUTES = 180;

const MINUTE = 60_000;

/** A fresh, idle timer of `minutes` (clamped to 1 second … MAX_MINUTES). */
export function newTimer(minutes: number): TimerState {
  const safe = Number.isFinite(minutes) ? Math.min(Math.max(minutes, 1 / 60), MAX_MINUTES) : 1;
  return { durationMs: Math.round(safe * MINUTE), startedAt: null, elapsedBefore: 0 };
}

/** Time counted down so far. */
function elapsed(state: TimerState, now: number): number {
  const running = state.startedAt === null ? 0 : Math.max(0, now - state.startedAt);
  return state.elapsedBefore + running;
}

/** Milliseconds left, never below zero. */
export function remainingMs(state: TimerState, now: number): number {
  return Math.max(0, state.durationMs - elapsed(state, now));
}

/** What the timer is doing at `now`. */
export function timerPhase(state: TimerState, now: number): TimerPhase {
  if (remainingMs(state, now) === 0) return 'done';
  if (state.startedAt !== null) return 'running';
  return state.elapsedBefore > 0 ? 'paused' : 'idle';
}

/** Starts or resumes; a finished timer is left as it is. */
export function startTimer(state: TimerState, now: number): TimerState {
  if (state.startedAt !== null || remainingMs(state, now) === 0) return state;
  return { ...state, startedAt: now };
}

/** Pauses, keeping the time already run. */
export function pauseTimer(state: TimerState, now: number): TimerState {
  if (state.startedAt === null) return state;
  return { ...state, startedAt: null, elapsedBefore: Math.min(state.durationMs, elapsed(state, now)) };
}

/** Back to the full length, not running. */
export function resetTimer(state: TimerState): TimerState {
  return { durationMs: state.durationMs, startedAt: null, elapsedBefore: 0 };
}

/** Whole seconds left, rounded up, so "2:00" shows until a full second has gone. */
export function secondsLeft(ms: number): number {
  return Math.ceil(Math.max(0, ms) / 1000);
}

/** Milliseconds as "m:ss" (or "mm:ss"), rounded up to the second. */
export function formatClock(ms: number): string {
  const seconds = secondsLeft(ms);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** "1 minute", "5 minutes", "90 seconds" for announcements. */
export function describeLength(ms: number): string {
  const seconds = secondsLeft(ms);
  if (seconds % 60 !== 0) return `${seconds} seconds`;
  const minutes = seconds / 60;
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/**
 * The whole minutes still to run, counted so the number drops exactly when the
 * clock shows a whole minute: 2 from 2:00 to 1:01, then 1 at 1:00.
 */
export function minuteMark(ms: number): number {
  return Math.ceil(secondsLeft(ms) / 60);
}

/**
 * What to announce when the clock moves from `before` to `after` ms left:
 * "1 minute left" when it reaches a whole minute, "Time is up" at the end,
 * else null. Nothing is said for ordinary seconds.
 */
export function tickAnnouncement(before: number, after: number): string | null {
  if (before > 0 && after === 0) return 'Time is up.';
  const was = minuteMark(before);
  const now = minuteMark(after);
  if (now >= was || after === 0) return null;
  return now === 1 ? '1 minute left.' : `${now} minutes left.`;
}
