/**
 * Every date the site shows or saves, in one place. "Today" is the school's
 * own calendar date — the device's local date — never the UTC date, which is
 * a day out in the hours around midnight in most of the world. Everything is
 * plain UK English; every formatter returns a fallback instead of throwing.
 */

// Options rather than shared Intl.DateTimeFormat objects: a formatter fixes the time zone when it is made.
const DAY_MONTH_YEAR = { day: 'numeric', month: 'long', year: 'numeric' } as const;
const DATE_TIME = { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false } as const;
const TIME = { hour: '2-digit', minute: '2-digit', hour12: false } as const;

/** A date as YYYY-MM-DD in the device's local time zone. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today's date where the school is (the device's time zone), as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  return localDay(now);
}

/**
 * A YYYY-MM-DD date in words, such as "Tuesday 3 March 2026", so nobody has
 * to guess whether 03/04 means March or April. Read in UTC so the day never
 * shifts with the device's time zone. Undefined for anything not a real date.
 */
export function formatDateInWords(iso: string | undefined): string | undefined {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return undefined;
  // Weekday and date are formatted apart: some engines put a comma between them, others do not.
  const weekday = date.toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
  return `${weekday} ${date.toLocaleDateString('en-GB', { ...DAY_MONTH_YEAR, timeZone: 'UTC' })}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A short saved day for tables and charts: "2025-03-12" → "12 Mar 2025"; anything else is returned as it is, empty as "no date". */
export function formatDate(date: string | undefined): string {
  if (!date) return 'no date';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : date;
}

/** A parsed time, or null for a missing or unreadable one (or the "unknown" epoch). */
function toDate(iso: string | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) || date.getTime() === 0 ? null : date;
}

/** The local day of a timestamp, "3 March 2026", or `fallback` when it is missing or unreadable. */
export function formatDay(iso: string | undefined, fallback = ''): string {
  const date = toDate(iso);
  return date ? date.toLocaleDateString('en-GB', DAY_MONTH_YEAR) : fallback;
}

/** "23 Nov 2026, 14:05", or `fallback` when the time is missing or unreadable. */
export function formatDateTime(iso: string | undefined, fallback = 'not known'): string {
  const date = toDate(iso);
  return date ? date.toLocaleString('en-GB', DATE_TIME) : fallback;
}

/** "14:05", or an empty string when the time is missing or unreadable. */
export function formatTime(iso: string | undefined): string {
  const date = toDate(iso);
  return date ? date.toLocaleTimeString('en-GB', TIME) : '';
}

/** "3 March 2026 at 14:05", for sentences that lead with the day. */
export function formatDayAtTime(iso: string): string {
  return `${formatDay(iso)} at ${formatTime(iso)}`;
}

/** "14:05 on 3 March 2026", for sentences that lead with the time. */
export function formatTimeOnDay(iso: string): string {
  return `${formatTime(iso)} on ${formatDay(iso)}`;
}
