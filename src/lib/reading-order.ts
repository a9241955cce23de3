/**
 * The order in which the guide is read, for previous/next links.
 * Pure: it takes plain page descriptions so it can be unit-tested.
 */
import { guideHref, href, lensHref, worksheetHref } from './links';

/** A page as a link. */
export interface PageLink {
  /** Collection-qualified key, such as "guide:reflect" or "lens:inclusion-by-design". */
  key: string;
  /** Title shown on the link. */
  title: string;
  /** Where it goes. */
  href: string;
  /** Where this page's "Next" leads instead of the following page, when the cycle turns. */
  next?: PageLink;
}

/** What reading order needs to know about a guide page. */
export interface GuidePageInfo {
  id: string;
  title: string;
  order: number;
}

/** What reading order needs to know about a planning approach page. */
export interface LensPageInfo {
  id: string;
  title: string;
  order: number;
}

/** What reading order needs to know about a worksheet. */
export interface WorksheetPageInfo {
  id: string;
  title: string;
  /** The stage id, which is also the id of the guide page it follows. */
  stage: string;
  order: number;
}

/** The guide page after which the four approaches are read. */
export const APPROACHES_PAGE_ID = 'approaches';

/** The stage whose last worksheet ends a cycle. */
export const LAST_STAGE_ID = 'measure';

/** The workbook page's "Start the next cycle" (the anchor is in src/pages/workbook/index.astro). */
export const NEXT_CYCLE_LINK: PageLink = { key: 'workbook:next-cycle', title: 'Start the next cycle', href: href('/workbook/#next-cycle') };

/**
 * Every page in reading order: guide pages by `order`, each stage page
 * followed by its worksheets, and the planning approaches straight after
 * the approaches overview. The last worksheet of the last stage leads on to
 * starting the next cycle.
 */
export function readingOrder(guides: readonly GuidePageInfo[], lenses: readonly LensPageInfo[], worksheets: readonly WorksheetPageInfo[] = []): PageLink[] {
  const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;
  const lensLinks = [...lenses].sort(byOrder).map((lens) => ({ key: `lens:${lens.id}`, title: lens.title, href: lensHref(lens.id) }));
  const pages: PageLink[] = [];
  for (const guide of [...guides].sort(byOrder)) {
    pages.push({ key: `guide:${guide.id}`, title: guide.title, href: guideHref(guide.id) });
    if (guide.id === APPROACHES_PAGE_ID) pages.push(...lensLinks);
    const sheets = worksheets.filter((sheet) => sheet.stage === guide.id).sort(byOrder);
    const links: PageLink[] = sheets.map((sheet) => ({ key: `worksheet:${sheet.id}`, title: sheet.title, href: worksheetHref(sheet.id) }));
    // The cycle goes round: looking back at the end of Measure leads to the next cycle, not to more reading.
    const last = links[links.length - 1];
    if (guide.id === LAST_STAGE_ID && last) last.next = NEXT_CYCLE_LINK;
    pages.push(...links);
  }
  return pages;
}

/** The pages either side of `key` in `pages`. */
export function neighbours(pages: readonly PageLink[], key: string): { previous?: PageLink; next?: PageLink } {
  const index = pages.findIndex((page) => page.key === key);
  if (index === -1) return {};
  const previous = pages[index - 1];
  const next = pages[index]?.next ?? pages[index + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
