/**
 * Export and import of workbook files (format: src/model/file-format.ts).
 *
 * Stored shape: import writes one `workbook:<id>` record; export writes
 * `lastExportedAt` on the workbook. Lifecycle: a refused import changes
 * nothing already saved; importing a workbook whose id is already here asks
 * first ("replace" keeps the old record aside in quarantine, "keep both"
 * stores the import under a new id).
 */
import { newId } from '../lib/ids';
import { parseWorkbookFile, serializeWorkbookFile } from '../model/file-format';
import { type Workbook } from '../model/workbook';
import { workbookKey } from '../storage/keys';
import { downloadName } from '../worksheets/file-names';
import { quarantine } from '../storage/quarantine';
import { getEngine, nowIso } from './context';
import { reportStorageError } from './save-status';
import { markExported, readWorkbook, refreshWorkbooks } from './workbooks';

/** A file name people can recognise, e.g. "our-plan-2025-09-01.belonging.json" (the rule: src/worksheets/file-names.ts). */
export function exportFileName(workbook: Workbook, at: string): string {
  return downloadName(workbook.title, [], at, 'belonging.json');
}

/** The text and file name of an export of one workbook; records the export time. */
export async function exportWorkbook(id: string): Promise<{ ok: true; text: string; fileName: string } | { ok: false; problem: string }> {
  const read = await readWorkbook(id);
  if (!read.ok) return read;
  const at = nowIso();
  const text = serializeWorkbookFile({ ...read.workbook, lastExportedAt: at }, at);
  await markExported(id, at);
  return { ok: true, text, fileName: exportFileName(read.workbook, at) };
}

/** What to do when an imported workbook is already saved here. */
export type IfExists = 'ask' | 'replace' | 'keep-both';

/** The result of an import. */
export type ImportResult =
  | { ok: true; id: string; repairs: string[] }
  | { ok: false; problem: string }
  | { ok: false; exists: true; title: string; problem: string };

/** Stores the workbook from a file's text; refusals change nothing. */
export async function importWorkbook(text: string, ifExists: IfExists = 'ask'): Promise<ImportResult> {
  const parsed = parseWorkbookFile(text);
  if (!parsed.ok) return parsed;
  let workbook = parsed.workbook;
  try {
    const engine = await getEngine();
    const existing = await engine.get(workbookKey(workbook.id));
    if (existing !== undefined && ifExists === 'ask') {
      return { ok: false, exists: true, title: workbook.title, problem: `“${workbook.title}” is already in this browser. Replace it, or keep both?` };
    }
    if (existing !== undefined && ifExists === 'replace') {
      await quarantine(engine, workbook.id, existing, 'Replaced by an imported file.', nowIso());
    }
    if (existing !== undefined && ifExists === 'keep-both') {
      workbook = { ...workbook, id: newId(), title: `${workbook.title} (imported)` };
    }
    await engine.set(workbookKey(workbook.id), workbook);
  } catch (error) {
    reportStorageError(error, nowIso());
    return { ok: false, problem: 'The workbook could not be saved in this browser.' };
  }
  await refreshWorkbooks();
  return { ok: true, id: workbook.id, repairs: parsed.repairs };
}
