/**
 * Every internal link goes through `href()`, so the site works when a
 * school hosts it under a sub-path (Astro's `base`, for example /workbook/).
 */
const BASE = import.meta.env.BASE_URL;

/**
 * Turns a site path such as "/guide/reflect/" into a link that respects the
 * configured base. Fragments and query strings are kept.
 */
export function href(path: string): string {
  const base = BASE.endsWith('/') ? BASE : `${BASE}/`;
  const trimmed = path.startsWith('/') ? path.slice(1) : path;
  return `${base}${trimmed}`;
}

/** The link to a guide page by its id. */
export function guideHref(id: string): string {
  if (id === 'home') return href('/');
  if (id === 'approaches') return href('/approaches/');
  return href(`/guide/${id}/`);
}

/** The link to a planning approach page by its id. */
export function lensHref(id: string): string {
  return href(`/approaches/${id}/`);
}

/** The link to a worksheet page by its id. */
export function worksheetHref(id: string): string {
  return href(`/worksheets/${id}/`);
}
