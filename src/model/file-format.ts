/**
 * The exported workbook file: pretty-printed JSON in an envelope that says
 * what it is and which version made it (documented in docs/file-format.md).
 *
 * Lifecycle: `serializeWorkbookFile` writes it; `parseWorkbookFile` reads it
 * back through the same restore path as the browser's own storage, so a file
 * from any past version imports (migrations) and a bad file is refused with a
 * sentence that says what is wrong. Parsing only produces data: nothing from a
 * file is ever treated as HTML or code.
 */
import * as z from 'zod/mini';
import { version as packageVersion } from '../../package.json';
import { isPlainObject, restoreWorkbook } from './restore';
import { SCHEMA_VERSION, type Workbook } from './workbook';

/** The `format` value every workbook file carries. */
export const FILE_FORMAT = 'belonging-workbook';

/** Files larger than this are refused before parsing (20 MB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The release writing files; shown in the file to help support, never trusted. */
export const APP_VERSION: string = packageVersion;

/** Keys dropped while parsing, so a file can never reach an object's prototype. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The envelope around an exported workbook. */
export const WorkbookFileSchema = z.looseObject({
  /** Always "belonging-workbook". */
  format: z.literal(FILE_FORMAT),
  /** The workbook shape version inside (same as `workbook.schemaVersion`). */
  schemaVersion: z.int().check(z.minimum(1)),
  /** The release that wrote the file, e.g. "0.1.0". */
  appVersion: z._default(z.string(), 'unknown'),
  /** When the file was written. */
  exportedAt: z._default(z.string(), ''),
  /** The workbook itself, checked separately by `restoreWorkbook`. */
  workbook: z.unknown(),
});
/** The envelope around an exported workbook. */
export type WorkbookFile = z.infer<typeof WorkbookFileSchema>;

/** The result of reading a workbook file. */
export type ParseFileResult =
  | { ok: true; workbook: Workbook; repairs: string[]; exportedAt: string; appVersion: string }
  | { ok: false; problem: string };

/** Writes a workbook as the text of an export file (pretty JSON, ends with a newline). */
export function serializeWorkbookFile(workbook: Workbook, exportedAt: string, appVersion: string = APP_VERSION): string {
  const file: WorkbookFile = { format: FILE_FORMAT, schemaVersion: SCHEMA_VERSION, appVersion, exportedAt, workbook };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** JSON.parse that drops keys able to reach a prototype; undefined when not JSON. */
export function parseJsonSafely(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    const value: unknown = JSON.parse(text, (key, item: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : item));
    return { ok: true, value };
  } catch {
    return { ok: false };
  }
}

/** The size of text in UTF-8 bytes, counting only as far as needed. */
function isTooLarge(text: string): boolean {
  if (text.length > MAX_FILE_BYTES) return true;
  if (text.length * 3 <= MAX_FILE_BYTES) return false;
  return new TextEncoder().encode(text).length > MAX_FILE_BYTES;
}

/** A refusal with the sentence people see. */
function refuse(problem: string): ParseFileResult {
  return { ok: false, problem };
}

/** Reads the text of a workbook file; never throws. */
export function parseWorkbookFile(text: string): ParseFileResult {
  if (isTooLarge(text)) {
    return refuse('This file is too large to be a workbook file (over 20 MB), so it was not opened.');
  }
  const parsed = parseJsonSafely(text);
  if (!parsed.ok) return refuse('This file is not a workbook file: it is not readable as JSON.');
  const raw = parsed.value;
  if (!isPlainObject(raw) || raw['format'] !== FILE_FORMAT) {
    return refuse('This file is not a workbook file: it was not exported from the Belonging Workbook.');
  }
  const version = raw['schemaVersion'];
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    return refuse(
      `This file was made by a newer version of the workbook (file version ${String(version)}; this page reads up to version ${String(SCHEMA_VERSION)}) — update the page (reload it while online) and import it again.`,
    );
  }
  if (!isPlainObject(raw['workbook'])) return refuse('This file is not a workbook file: it has no workbook inside.');
  const envelope = WorkbookFileSchema.safeParse(raw);
  if (!envelope.success) {
    return refuse('This file is not a workbook file: it does not say which version of the workbook made it.');
  }
  const restored = restoreWorkbook(envelope.data.workbook);
  if (!restored.ok) return refuse(`This workbook file cannot be imported. ${restored.problem}`);
  const { exportedAt, appVersion } = envelope.data;
  return { ok: true, workbook: restored.workbook, repairs: restored.repairs, exportedAt, appVersion };
}
