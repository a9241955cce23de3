import { describe, expect, it } from 'vitest';
import { formatClock, minuteMark, newTimer, pauseTimer, remainingMs, resetTimer, startTimer, tickAnnouncement, timerPhase } from '../../../src/lib/timer';

const T0 = 1_700_000_000_000;

describe('workshop timer maths', () => {
  it('counts down from Date.now() readings, however rarely it is read', () => {
    const running = startTimer(newTimer(2), T0);
    expect(formatClock(remainingMs(running, T0))).toBe('2:00');
    expect(formatClock(remainingMs(running, T0 + 60_000))).toBe('1:00');
    expect(formatClock(remainingMs(running, T0 + 119_001))).toBe('0:01');
    expect(remainingMs(running, T0 + 10 * 60_000)).toBe(0);
    expect(timerPhase(running, T0 + 120_000)).toBe('done');
  });

  it('shows a whole second until it has fully passed', () => {
    expect(formatClock(59_001)).toBe('1:00');
    expect(formatClock(59_000)).toBe('0:59');
    expect(formatClock(15 * 60_000)).toBe('15:00');
  });

  it('keeps the time already run across a pause and resume', () => {
    let timer = startTimer(newTimer(3), T0);
    timer = pauseTimer(timer, T0 + 30_000);
    expect(timerPhase(timer, T0 + 500_000)).toBe('paused');
    expect(remainingMs(timer, T0 + 500_000)).toBe(150_000);
    timer = startTimer(timer, T0 + 600_000);
    expect(remainingMs(timer, T0 + 660_000)).toBe(90_000);
  });

  it('resets to the full length, idle', () => {
    const timer = resetTimer(pauseTimer(startTimer(newTimer(5), T0), T0 + 1000));
    expect(timerPhase(timer, T0 + 9999)).toBe('idle');
    expect(remainingMs(timer, T0 + 9999)).toBe(300_000);
  });

  it('does not start again once finished', () => {
    const done = pauseTimer(startTimer(newTimer(1), T0), T0 + 61_000);
    expect(startTimer(done, T0 + 62_000)).toBe(done);
  });

  it('clamps silly lengths', () => {
    expect(newTimer(0).durationMs).toBe(1000);
    expect(newTimer(Number.NaN).durationMs).toBe(60_000);
    expect(newTimer(10_000).durationMs).toBe(180 * 60_000);
  });

  it('announces each whole minute and the end, never ordinary seconds', () => {
    expect(minuteMark(120_000)).toBe(2);
    expect(minuteMark(60_001)).toBe(2);
    expect(minuteMark(60_000)).toBe(1);
    expect(tickAnnouncement(120_000, 119_750)).toBeNull();
    expect(tickAnnouncement(60_250, 60_000)).toBe('1 minute left.');
    expect(tickAnnouncement(180_250, 120_000)).toBe('2 minutes left.');
    expect(tickAnnouncement(45_000, 44_750)).toBeNull();
    expect(tickAnnouncement(250, 0)).toBe('Time is up.');
    // A throttled tab that jumps straight past the end hears only the end.
    expect(tickAnnouncement(150_000, 0)).toBe('Time is up.');
    expect(tickAnnouncement(0, 0)).toBeNull();
  });
});
