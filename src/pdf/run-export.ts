/**
 * What pressing an export button does: fetch the fonts (once per page),
 * load the PDF builder with import() (never part of the page's first load),
 * build, and download the file through a Blob URL. Never throws.
 */
import { createWorkbook, type Workbook } from '../model/workbook';
import type { PdfOptions } from './index';
import type { LensQuestionGroup, WorksheetDef } from '../worksheets/types';
import { downloadBlob } from '../lib/download';
import { FONT_URLS } from './font-urls';

/** What the export island shows when an export ends. */
export type ExportOutcome = { ok: true; fileName: string; unsupported: string[] } | { ok: false; problem: string };

let fonts: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;

/** Fetches one font file from the site itself. */
async function fetchFont(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The fonts, fetched once; a failed fetch is forgotten so a retry can work. */
function loadFonts(): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  fonts ??= Promise.all([fetchFont(FONT_URLS.regular), fetchFont(FONT_URLS.bold)]).then(([regular, bold]) => ({ regular, bold }));
  fonts.catch(() => (fonts = undefined));
  return fonts;
}

/** Builds and downloads one PDF. A missing workbook prints from an empty one (blank sheets). */
export async function runExport(
  workbook: Workbook | null,
  worksheets: WorksheetDef[],
  lensGroups: Record<string, LensQuestionGroup[]>,
  options: Omit<PdfOptions, 'generatedAt'>,
): Promise<ExportOutcome> {
  const now = new Date();
  let bytes;
  try {
    bytes = await loadFonts();
  } catch {
    return { ok: false, problem: 'The font for the PDF could not be loaded. Check your connection and try again; once loaded it also works offline.' };
  }
  let builder;
  try {
    builder = await import('./index');
  } catch {
    return { ok: false, problem: 'The PDF maker could not be loaded. Check your connection, reload the page and try again.' };
  }
  const input = { workbook: workbook ?? createWorkbook('Blank worksheet', now.toISOString()), worksheets, lensGroups, fonts: bytes };
  const result = await builder.buildPdf(input, { ...options, generatedAt: now });
  if (!result.ok) return result;
  downloadBlob(new Blob([result.bytes as BlobPart], { type: 'application/pdf' }), result.fileName);
  return { ok: true, fileName: result.fileName, unsupported: result.unsupported };
}
