/**
 * A small RFC 5545 writer: text escaping (\ ; , and newlines), line folding
 * at 75 octets of UTF-8 (never inside a character), CRLF line ends, all-day
 * events (VALUE=DATE). Pure and free of workbook knowledge.
 */

/** One all-day event. */
export interface CalendarEvent {
  /** Globally unique and stable: the same event exported again keeps it, so calendars update instead of duplicating. */
  uid: string;
  /** The day, YYYY-MM-DD. */
  date: string;
  summary: string;
  description?: string | undefined;
}

/** Text as an RFC 5545 TEXT value (section 3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** One content line folded so no physical line exceeds 75 octets (section 3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75.
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** YYYY-MM-DD → YYYYMMDD. */
const compactDate = (date: string) => date.replace(/-/g, '');

/** The day after YYYY-MM-DD, for an all-day event's exclusive end. */
function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** A moment as a UTC DATE-TIME, e.g. 20250501T093000Z. */
function utcStamp(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDay(text: string | undefined): text is string {
  return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
}

/** A whole calendar: events in the order given, stamped with `now`. */
export function calendarText(name: string, events: readonly CalendarEvent[], now: Date): string {
  const stamp = utcStamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Belonging Workbook//Calendar export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDay(event.date))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
