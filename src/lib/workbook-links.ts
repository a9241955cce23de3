/** Links between the workbook pages, always through `href()` so a sub-path base works. */
import { guideHref, href } from './links';

/** The page that lists every workbook in this browser. */
export function workbooksHref(): string {
  return href('/workbooks/');
}

/** The page of one workbook. */
export function workbookHref(id: string): string {
  return href(`/workbook/?id=${encodeURIComponent(id)}`);
}

/** The guidance page for "Get started". */
export function getStartedHref(): string {
  return guideHref('get-started');
}
