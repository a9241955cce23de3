/**
 * File names from titles: the one rule for every download (workbook files,
 * contributions, PDFs), so the JSON and the PDF of one workbook share a
 * name. Lower-case letters and digits of any script joined by single
 * hyphens; accents on Latin letters dropped ("Ysgol Dŵr" → "ysgol-dwr"),
 * other scripts kept as written, so a Greek or Cyrillic title still names its
 * file; at most 60 characters; never empty. Pure.
 *
 * A title can hold a team member's name: callers exporting with names
 * replaced pass the title through the names → roles filter first.
 */

/** Latin letters that carry no separable accent. */
const LATIN_EXTRA: Record<string, string> = { ł: 'l', đ: 'd', ı: 'i', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd' };

/** A title as a file name part, e.g. "Ysgol Dŵr Plan" → "ysgol-dwr-plan"; `fallback` when nothing is left. */
export function fileNameFromTitle(title: string, fallback = 'workbook'): string {
  const slug = title
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[łđıøßæœþð]/g, (char) => LATIN_EXTRA[char] ?? char)
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+/, '');
  const short = [...slug].slice(0, 60).join('').replace(/-+$/, '');
  return short || fallback;
}

/** A download's name: the title, the parts saying what it is, then the day, e.g. "our-plan-plan-roles-2025-05-01.pdf". */
export function downloadName(title: string, parts: readonly string[], day: string, extension: string): string {
  return `${[fileNameFromTitle(title), ...parts.map((part) => fileNameFromTitle(part, 'export')), day.slice(0, 10)].join('-')}.${extension}`;
}
