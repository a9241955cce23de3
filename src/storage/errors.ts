/**
 * Storage failures, sorted into the three kinds people can act on, each with a
 * plain message (what happened) and advice (what to do). Every failure to read
 * or write work goes through here on its way to `$saveStatus`.
 */

/** The kinds of storage failure people can act on differently. */
export type StorageErrorKind = 'quota' | 'unavailable' | 'unknown';

/** A storage failure described for people. */
export interface StorageProblem {
  /** Which kind of failure. */
  kind: StorageErrorKind;
  /** What happened, in one short sentence. */
  message: string;
  /** What to do about it. */
  advice: string;
  /** The browser's own error text, for support; not shown by default. */
  detail: string;
}

/** DOMException names meaning the browser will not let us store anything. */
const UNAVAILABLE_NAMES = new Set([
  'InvalidStateError',
  'SecurityError',
  'NotFoundError',
  'VersionError',
  'UnknownError',
  'NotAllowedError',
]);

/** Messages and advice for each kind. */
const TEXT: Record<StorageErrorKind, { message: string; advice: string }> = {
  quota: {
    message: 'Not saved — storage is full.',
    advice:
      'Your answers are still on this page. Export the workbook file now so nothing is lost, then free some space: delete workbooks you have already exported, or clear other websites’ data in your browser settings.',
  },
  unavailable: {
    message: 'Not saved — this browser is not letting the workbook save (private browsing, or site storage switched off).',
    advice:
      'Your answers are still on this page, but they will be lost when you close it. Export the workbook file before you close the page, or open the workbook in a normal (not private) window.',
  },
  unknown: {
    message: 'Not saved — something went wrong while saving.',
    advice:
      'Your answers are still on this page. Export the workbook file to keep a copy, then reload the page to try again.',
  },
};

/** The error's name, also looking inside wrappers (`cause`). */
function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const { name, cause } = error as { name?: unknown; cause?: unknown };
  if (typeof name === 'string' && name !== 'Error') return name;
  return cause === undefined ? '' : errorName(cause);
}

/** Which kind of failure an error is. */
export function classifyStorageError(error: unknown): StorageErrorKind {
  const name = errorName(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22) return 'quota';
  if (UNAVAILABLE_NAMES.has(name)) return 'unavailable';
  return 'unknown';
}

/** An error described for people: message, advice and the original detail. */
export function describeStorageError(error: unknown): StorageProblem {
  const kind = classifyStorageError(error);
  return { kind, ...TEXT[kind], detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}
