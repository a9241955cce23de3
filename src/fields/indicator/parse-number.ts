/**
 * Reading a typed number without fighting the person typing: "12." and "-"
 * are steps on the way, so an entry that cannot be read yet is reported,
 * never replaced.
 */

/** What a number box accepts. */
export interface NumberRules {
  /** Only whole numbers. */
  integer?: boolean | undefined;
  /** The lowest allowed value. */
  min?: number | undefined;
  /** An empty box is an error ("required") rather than "no value". */
  required?: boolean | undefined;
  /** What an empty box means when not required (e.g. 0 for a count); undefined by default. */
  emptyAs?: number | undefined;
}

/** A read entry: a value (undefined for an empty optional box), or why it cannot be read. */
export type ParsedNumber = { ok: true; value: number | undefined } | { ok: false; message: string };

/** Reads the text of a number box. Pure. */
export function parseNumber(text: string, rules: NumberRules = {}): ParsedNumber {
  const trimmed = text.trim();
  if (trimmed === '') {
    if (rules.required) return { ok: false, message: 'Enter a number.' };
    return { ok: true, value: rules.emptyAs };
  }
  const number = Number(trimmed);
  if (!Number.isFinite(number)) return { ok: false, message: rules.integer ? 'Enter a whole number, such as 12.' : 'Enter a number, such as 12 or 4.5.' };
  if (rules.integer && !Number.isInteger(number)) return { ok: false, message: 'Enter a whole number, such as 12.' };
  if (rules.min !== undefined && number < rules.min) return { ok: false, message: `Enter ${rules.min} or more.` };
  return { ok: true, value: number };
}

/** A number as the box shows it: empty for no value. */
export function numberText(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}
