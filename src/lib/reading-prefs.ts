/**
 * Reading preferences: text size, line spacing, font and contrast.
 *
 * Stored shape (localStorage, key PREFS_KEY): a JSON object such as
 * `{"text":"large","spacing":"wide","font":"dyslexic","contrast":"high"}`.
 * Each key is optional; a missing or unknown value means "standard".
 * Lifecycle: a tiny inline script in <head> copies the stored values onto
 * <html data-*> before first paint, so there is no flash; the
 * <reading-preferences> element edits and saves them. localStorage is used
 * (not IndexedDB) because it is synchronous, which first paint needs.
 * Migration: unknown keys and values are ignored, so old or hand-edited
 * records never break a page; renaming a value needs a mapping here.
 */
import { PREFS_KEY } from '../storage/keys';

/** Every preference, its choices in order, and the label people see. */
export const PREF_OPTIONS = {
  text: [
    { value: 'standard', label: 'Standard' },
    { value: 'large', label: 'Large' },
    { value: 'larger', label: 'Larger' },
    { value: 'largest', label: 'Largest' },
  ],
  spacing: [
    { value: 'standard', label: 'Standard' },
    { value: 'wide', label: 'Wide' },
    { value: 'wider', label: 'Wider' },
  ],
  font: [
    { value: 'standard', label: 'Standard' },
    { value: 'readable', label: 'Easy-read (Atkinson Hyperlegible)' },
    { value: 'dyslexic', label: 'Dyslexia-friendly (OpenDyslexic)' },
  ],
  contrast: [
    { value: 'standard', label: 'Standard' },
    { value: 'high', label: 'High contrast' },
  ],
} as const;

/** The name of one preference. */
export type PrefName = keyof typeof PREF_OPTIONS;

/** The headings shown for each preference. */
export const PREF_LABELS: Record<PrefName, string> = {
  text: 'Text size',
  spacing: 'Line spacing',
  font: 'Font',
  contrast: 'Contrast',
};

/** A full set of preferences; every key holds one of its allowed values. */
export type ReadingPrefs = Record<PrefName, string>;

/** The preference names, in the order the panel shows them. */
export const PREF_NAMES = Object.keys(PREF_OPTIONS) as PrefName[];

/** Everything at "standard". */
export const DEFAULT_PREFS: ReadingPrefs = { text: 'standard', spacing: 'standard', font: 'standard', contrast: 'standard' };

/** Whether `value` is one of the allowed values of preference `name`. */
export function isAllowed(name: PrefName, value: unknown): value is string {
  return PREF_OPTIONS[name].some((option) => option.value === value);
}

/**
 * Reads stored text into a full set of preferences. Never throws: bad JSON,
 * the wrong shape or unknown values fall back to "standard".
 */
export function parsePrefs(stored: string | null): ReadingPrefs {
  const raw = safeJsonParse(stored);
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const prefs: ReadingPrefs = { ...DEFAULT_PREFS };
  for (const name of PREF_NAMES) {
    const value = record[name];
    if (isAllowed(name, value)) prefs[name] = value;
  }
  return prefs;
}

function safeJsonParse(text: string | null): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * The inline <head> script, as a string. It runs before first paint and
 * must stay tiny and dependency-free, so it is written out by hand here,
 * next to the constants it must agree with (a unit test runs it).
 */
export function prefsBootScript(): string {
  const allowed = JSON.stringify(
    Object.fromEntries(PREF_NAMES.map((name) => [name, PREF_OPTIONS[name].map((option) => option.value)])),
  );
  return `(function(){try{var a=${allowed},p=JSON.parse(localStorage.getItem(${JSON.stringify(PREFS_KEY)})||"{}"),d=document.documentElement;for(var k in a){if(p&&a[k].indexOf(p[k])>0)d.setAttribute("data-"+k,p[k])}}catch(e){}})();`;
}
