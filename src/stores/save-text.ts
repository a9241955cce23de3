/** The words of the save indicator, from `$saveStatus` (pure, so tests can lock them). */
import type { SaveStatus } from './save-status';
import { formatTime } from '../lib/dates';

/** What the indicator says: a short headline and, for problems or notes, more detail. */
export interface SaveText {
  /** "Saved at 14:05", "Saving…", "Not saved — storage is full." */
  headline: string;
  /** What to do, or a note; empty when there is nothing more to say. */
  detail: string;
}

/** A problem sentence as it follows "Not saved — ". */
function afterDash(message: string): string {
  const second = message.charAt(1);
  const isAcronym = second !== '' && second === second.toUpperCase() && second !== second.toLowerCase();
  return isAcronym ? message : message.charAt(0).toLowerCase() + message.slice(1);
}

/** The indicator's words for a status. */
export function saveText(status: SaveStatus): SaveText {
  switch (status.state) {
    case 'saving':
      return { headline: 'Saving…', detail: '' };
    case 'saved': {
      const time = formatTime(status.at);
      return { headline: time === '' ? 'Saved' : `Saved at ${time}`, detail: status.message ?? '' };
    }
    case 'error': {
      const message = status.message ?? 'something went wrong while saving.';
      const headline = message.startsWith('Not saved') ? message : `Not saved — ${afterDash(message)}`;
      return { headline, detail: status.advice ?? 'Your answers are still on this page. Export the workbook file to keep them.' };
    }
    default:
      return { headline: 'Saved', detail: '' };
  }
}
