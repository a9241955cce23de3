/**
 * Durability in words: whether the browser will keep the work, the export
 * reminder rule, and who needs the Safari 7-day warning. Pure functions, so
 * the rules are unit-tested without a browser.
 */
import type { StorageHealth } from './context';
import { formatBytes } from '../lib/bytes';

/** Edits this long after the last export (or in one session without one) prompt a reminder. */
export const EXPORT_REMINDER_MS = 20 * 60 * 1000;

/** What the browser promised, in a sentence. */
export function persistenceText(health: StorageHealth): string {
  if (health.inMemoryOnly) {
    return 'This browser is not keeping your work at all: it will be lost when this tab closes unless you export it.';
  }
  switch (health.persisted) {
    case 'granted':
      return 'This browser has agreed to keep your work.';
    case 'not-granted':
      return 'This browser may clear your work if space runs low — export regularly.';
    case 'unsupported':
      return 'This browser does not say whether it will keep your work — export regularly.';
    default:
      return 'Checking whether this browser will keep your work…';
  }
}

/** Space used, in a sentence, e.g. "Using 1.2 MB of about 10 GB." */
export function spaceText(health: StorageHealth): string {
  const { estimate } = health;
  if (!estimate.supported) return 'This browser does not say how much space is used.';
  return `Using ${formatBytes(estimate.usage)} of about ${formatBytes(estimate.quota)}.`;
}

/** Milliseconds since the epoch, or null for a missing or unreadable time. */
function ms(iso: string | undefined): number | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : time;
}

/** The times the export reminder looks at. */
export interface ReminderInput {
  /** When the workbook was created. */
  createdAt: string;
  /** When it last changed. */
  updatedAt: string;
  /** When it was last exported, if ever. */
  lastExportedAt?: string | undefined;
  /** When this page first saved an edit, or null if it has not. */
  sessionEditsSince: number | null;
  /** Now. */
  now: number;
}

/**
 * True when the person should be reminded to export: the workbook has edits
 * 20+ minutes newer than its last export (or its creation, if never
 * exported), or has been edited in this session for 20+ minutes since
 * before the last export.
 */
export function needsExportReminder({ createdAt, updatedAt, lastExportedAt, sessionEditsSince, now }: ReminderInput): boolean {
  const exported = ms(lastExportedAt);
  const updated = ms(updatedAt);
  if (updated === null) return false;
  const since = exported ?? ms(createdAt) ?? updated;
  if (updated - since >= EXPORT_REMINDER_MS) return true;
  if (sessionEditsSince === null || now - sessionEditsSince < EXPORT_REMINDER_MS) return false;
  return exported === null || exported < sessionEditsSince;
}

/** The parts of `navigator` the Safari check reads. */
export interface BrowserHints {
  /** `navigator.userAgent`. */
  userAgent: string;
  /** `navigator.maxTouchPoints` (iPads report as "Macintosh" with touch). */
  maxTouchPoints: number;
  /** True when running from the Home Screen (then the 7-day rule does not apply). */
  standalone: boolean;
}

/** True on iPhone, iPad (including "desktop" iPads) and Safari on a Mac, unless added to the Home Screen. */
export function needsSafariWarning({ userAgent, maxTouchPoints, standalone }: BrowserHints): boolean {
  if (standalone) return false;
  if (/iPad|iPhone|iPod/.test(userAgent)) return true;
  if (/Macintosh/.test(userAgent) && maxTouchPoints > 1) return true;
  return /Safari\//.test(userAgent) && !/Chrome|Chromium|CriOS|FxiOS|Edg|OPR|Android/.test(userAgent);
}

/** The hints from this browser (safe to call only in the browser). */
export function browserHints(): BrowserHints {
  const nav = globalThis.navigator as Navigator & { standalone?: boolean };
  const standalone = nav.standalone === true || globalThis.matchMedia?.('(display-mode: standalone)').matches === true;
  return { userAgent: nav.userAgent, maxTouchPoints: nav.maxTouchPoints, standalone };
}
