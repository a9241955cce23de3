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

