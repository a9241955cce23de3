/**
 * What pressing a spreadsheet or calendar button does: load the builders with
 * import() (never part of a page's first load), build, download. Never throws.
 */
import { downloadText } from '../lib/download';
import type { ExportOutcome } from '../pdf/run-export';
import type { FileKind } from './index';
import type { ExportInput } from './snapshot';

/** Builds and downloads one file. */
export async function runFileExport(kind: FileKind, input: ExportInput): Promise<ExportOutcome> {
  let builder;
  try {
    builder = await import('./index');
  } catch {
    return { ok: false, problem: 'The file maker could not be loaded. Check your connection, reload the page and try again.' };
  }
  try {
    const file = builder.buildFile(kind, input);
    downloadText(file.text, file.fileName, file.type);
    return { ok: true, fileName: file.fileName, unsupported: [] };
  } catch {
    return { ok: false, problem: 'The file could not be made from this workbook. Export the workbook file and tell us, so nothing is lost.' };
  }
}
