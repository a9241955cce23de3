/**
 * Dates, times and sizes in plain UK English for the workbook islands.
 * Every function returns a fallback instead of throwing on a bad value.
 */

const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false });

/** A parsed time, or null for a missing or unreadable one (or the "unknown" epoch). */
function toDate(iso: string | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) || date.getTime() === 0 ? null : date;
}

/** "23 Nov 2026, 14:05", or `fallback` when the time is missing or unreadable. */
export function formatDateTime(iso: string | undefined, fallback = 'not known'): string {
  const date = toDate(iso);
  return date ? DATE_TIME.format(date) : fallback;
}

/** "14:05", or an empty string when the time is missing or unreadable. */
export function formatTime(iso: string | undefined): string {
  const date = toDate(iso);
  return date ? TIME.format(date) : '';
}

const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

/** "1.2 MB", "340 KB", "10 GB": one decimal below 10, whole numbers above. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return 'an unknown amount';
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  if (unit === 0) return `${String(Math.round(value))} bytes`;
  const shown = value < 10 ? value.toFixed(1).replace(/\.0$/, '') : String(Math.round(value));
  return `${shown} ${UNITS[unit] ?? ''}`;
}
