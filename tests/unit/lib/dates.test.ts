import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDateInWords, formatDay, formatDayAtTime, formatTimeOnDay, localDay, localToday } from '../../../src/lib/dates';

const savedTz = process.env.TZ;

describe('today and the date formatters', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    process.env.TZ = savedTz;
  });

  it('gives the local date, not the UTC date, just after midnight', () => {
    process.env.TZ = 'Europe/London';
    vi.setSystemTime(new Date('2026-06-15T23:30:00.000Z')); // 00:30 on 16 June in London (summer time)
    expect(localToday()).toBe('2026-06-16');
  });

  it('gives the local date, not the UTC date, late in the evening west of Greenwich', () => {
    process.env.TZ = 'America/New_York';
    vi.setSystemTime(new Date('2026-01-16T02:00:00.000Z')); // 21:00 on 15 January in New York
    expect(localToday()).toBe('2026-01-15');
    expect(localDay(new Date())).toBe('2026-01-15');
  });

  it('writes a saved day in words without shifting it by the time zone', () => {
    process.env.TZ = 'Pacific/Auckland';
    expect(formatDateInWords('2026-03-03')).toBe('Tuesday 3 March 2026');
    expect(formatDateInWords('2026-02-30')).toBeUndefined();
  });

  it('writes a moment as its local day and time, in either order', () => {
    process.env.TZ = 'Europe/London';
    expect(formatDay('2026-06-15T23:30:00.000Z')).toBe('16 June 2026');
    expect(formatDayAtTime('2026-06-15T23:30:00.000Z')).toBe('16 June 2026 at 00:30');
    expect(formatTimeOnDay('2026-06-15T23:30:00.000Z')).toBe('00:30 on 16 June 2026');
  });

  it('gives an empty day for a missing or unreadable moment instead of throwing', () => {
    expect(formatDay(undefined)).toBe('');
    expect(formatDay('not a date')).toBe('');
  });
});
