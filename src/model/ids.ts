/**
 * Ids and fixed vocabularies used by saved workbooks.
 * These strings are written into people's saved work and exported files:
 * renaming one needs a migration (see `migrations.ts`).
 */

/**
 * The planning approaches (lenses) a team can choose: the file names in
 * content/lenses/, which are the source. Saved workbooks store these ids, so
 * the browser needs the list without the collection; the build
 * (`lensIdProblems` in src/content.config.ts) and a unit test fail when the
 * two disagree. Adding an approach: add its content file and its id here.
 */
export const LENS_IDS = [
  'inclusion-as-belonging',
  'participatory-policy-design',
  'inclusion-by-design',
  'neurodiversity-affirmative',
] as const;

/** One of the planning approaches this release knows. */
export type LensId = (typeof LENS_IDS)[number];

/**
 * The shape of every approach id: two or more lower-case words joined by
 * hyphens. Content is checked against it, so an approach added by a newer
 * release has this shape too, and saved workbooks keep it (see SetupSchema).
 */
export const LENS_ID_PATTERN = /^[a-z]+(?:-[a-z]+)+$/;

/** Human sentences, one per disagreement between content/lenses/ and `LENS_IDS`; empty when they agree. */
export function lensIdProblems(idsInContent: readonly string[]): string[] {
  const known = new Set<string>(LENS_IDS);
  const inContent = new Set(idsInContent);
  return [
    ...idsInContent.filter((id) => !LENS_ID_PATTERN.test(id)).map((id) => `content/lenses/${id}.mdx: name the file with two or more lower-case words joined by hyphens, such as "inclusion-by-design".`),
    ...idsInContent.filter((id) => !known.has(id)).map((id) => `content/lenses/${id}.mdx: add "${id}" to LENS_IDS in src/model/ids.ts, so saved workbooks can choose it.`),
    ...LENS_IDS.filter((id) => !inContent.has(id)).map((id) => `LENS_IDS in src/model/ids.ts lists "${id}", but there is no content/lenses/${id}.mdx. Saved workbooks use this id: renaming it needs a migration.`),
  ];
}
