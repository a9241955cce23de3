/**
 * Turns zod's issues into one plain sentence that names the field and says how
 * to fix it. Used wherever user data is checked at a boundary (restore,
 * import), so people never see zod's own wording. Messages are locked by tests.
 */
import type * as z from 'zod/mini';

/** Readable names for the kinds of value zod expects. */
const KIND_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  record: 'a group of fields',
};

/** Readable names for the string formats we use. */
const FORMAT_NAMES: Record<string, string> = {
  date: 'a date written as YYYY-MM-DD (for example 2025-09-01)',
  datetime: 'a date and time written as 2025-09-01T09:00:00.000Z',
};

/** The dotted path people see, e.g. `setup.team.0`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join('.');
}

/** Longest path part shown in a sentence; longer ones (e.g. a 1 MB key in a hostile file) are cut. */
const MAX_SHOWN_PART = 60;

/** The path as shown in a sentence: like `formatPath`, with very long parts shortened with "…". */
export function shownPath(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).map((part) => (part.length > MAX_SHOWN_PART ? `${part.slice(0, MAX_SHOWN_PART - 1)}…` : part)).join('.');
}

/** What kind of value an issue expected, in plain words. */
function kindName(kind: unknown): string {
  return typeof kind === 'string' ? (KIND_NAMES[kind] ?? kind) : 'a different kind of value';
}

/** What kind of value was found, in plain words. */
function foundName(input: unknown): string {
  if (input === null) return 'empty (null)';
  if (Array.isArray(input)) return 'a list';
  return kindName(typeof input);
}

/** The part of the sentence after the field name: what is wrong and how to fix it. */
function problemText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if ('input' in issue && issue.input === undefined) {
        return `is missing: add it as ${kindName(issue.expected)}`;
      }
      if (!('input' in issue)) return `should be ${kindName(issue.expected)}`;
      return `should be ${kindName(issue.expected)}, not ${foundName(issue.input)}`;
    case 'invalid_value':
      return `should be one of: ${issue.values.map((value) => `“${String(value)}”`).join(', ')}`;
    case 'invalid_format':
      return `should be ${FORMAT_NAMES[issue.format] ?? `written in the ${issue.format} format`}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`
        : issue.origin === 'string'
          ? 'must not be empty'
          : `should be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `should be at most ${String(issue.maximum)}`;
    case 'custom':
      return issue.message;
    case 'invalid_union':
      return 'is not a kind of value the workbook can store';
    default:
      return `is not valid (${detailText(issue)})`;
  }
}

/** A value as zod's English messages quote it: strings in double quotes. */
function quoted(value: unknown): string {
  if (typeof value === 'bigint') return `${String(value)}n`;
  return typeof value === 'string' ? `"${value}"` : String(value);
}

/**
 * The detail for the rarer issues, in the words of zod's English messages.
 * Worked out from the issue code rather than `issue.message`: the browser
 * loads zod/mini without a locale, so built-in messages there are only
 * "Invalid input".
 */
function detailText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'not_multiple_of':
      return `Invalid number: must be a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map(quoted).join(', ')}`;
    case 'invalid_key':
      return `Invalid key in ${issue.origin}`;
    case 'invalid_element':
      return `Invalid value in ${issue.origin}`;
    default:
      return issue.message;
  }
}

/** One issue as a sentence, without the final full stop; `prefix` is prepended to its path. */
export function describeIssue(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[] = []): string {
  const path = [...prefix, ...issue.path];
  const subject = path.length === 0 ? 'The workbook' : `The field ‘${shownPath(path)}’`;
  return `${subject} ${problemText(issue)}`;
}

/**
 * One plain sentence for a zod error: the first problem, its field path and how
 * to fix it, and how many other problems there are. `prefix` is prepended to
 * paths when the checked value sits inside a workbook (e.g. `['setup']`).
 */
export function describeZodError(error: z.core.$ZodError, prefix: readonly PropertyKey[] = []): string {
  const [first, ...rest] = error.issues;
  if (!first) return 'The workbook could not be read.';
  const more = rest.length === 0 ? '' : ` (and ${String(rest.length)} more problem${rest.length === 1 ? '' : 's'})`;
  return `${describeIssue(first, prefix)}${more}.`;
}
