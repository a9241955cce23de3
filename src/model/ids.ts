/**
 * Ids and fixed vocabularies used by saved workbooks.
 * These strings are written into people's saved work and exported files:
 * renaming one needs a migration (see `migrations.ts`).
 */

/** The four planning approaches (lenses) a team can choose. */
export const LENS_IDS = [
  'inclusion-as-belonging',
  'participatory-policy-design',
  'inclusion-by-design',
  'neurodiversity-affirmative',
] as const;

/** One of the four planning approaches. */
export type LensId = (typeof LENS_IDS)[number];

/**
 * A new random id (UUID v4 shape). Uses `crypto.getRandomValues`, which —
 * unlike `crypto.randomUUID` — also works on plain-http school intranets.
 */
export function newId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
