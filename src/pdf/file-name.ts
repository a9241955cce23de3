/** Download names for exported PDFs: `<workbook>-plan-<YYYY-MM-DD>.pdf` and its variants, in safe characters only. */

/** Lower-case ASCII letters, digits and single hyphens; accents dropped; never empty. */
export function safeSlug(text: string, fallback = 'workbook'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/gi, 'l')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || fallback;
}

/** The file name for an export: workbook slug, the parts naming what it is, then the date. */
export function pdfFileName(workbookTitle: string, parts: readonly string[], day: string): string {
  return `${[safeSlug(workbookTitle), ...parts.map((part) => safeSlug(part, 'export')), day].join('-')}.pdf`;
}
