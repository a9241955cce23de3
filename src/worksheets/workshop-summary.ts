/**
 * The end-of-session summary as data and as plain text: for each worksheet
 * shown in the session, the answers changed since it started, then the
 * parking lot. Pure: built from the workbook and the session record.
 */
import { formatTimeOnDay } from '../lib/dates';
import type { Cycle, Workbook } from '../model/workbook';
import type { WorksheetDef } from './types';
import { buildFieldContext, savedValue } from './field-context';
import { answerLines } from '../islands/workshop/answer-text';
import { readParkingLot } from '../stores/parking-lot';
import type { WorkshopSession } from '../stores/workshop-session';

/** One answer in the summary. */
export interface SummaryAnswer {
  /** The field's label. */
  label: string;
  /** The answer as lines of text. */
  lines: string[];
}

/** One worksheet in the summary. */
export interface SummarySheet {
  /** The worksheet id. */
  id: string;
  /** Its title. */
  title: string;
  /** Answers changed in this session, in field order. */
  answers: SummaryAnswer[];
}

/** The whole summary. */
export interface SessionSummary {
  /** The workbook's title. */
  workbookTitle: string;
  /** When the session started (ISO). */
  startedAt: string;
  /** The worksheets shown, in the order first shown. */
  sheets: SummarySheet[];
  /** The parked ideas. */
  parked: string[];
}

/** True when a field's answer was changed at or after `since`. */
function changedSince(cycle: Cycle, sheetId: string, fieldId: string, since: string): boolean {
  const at = cycle.answers[sheetId]?.[fieldId]?.updatedAt;
  return at !== undefined && Date.parse(at) >= Date.parse(since);
}

/** Builds the summary of a session. */
export function buildSummary(workbook: Workbook, cycle: Cycle, session: WorkshopSession, defs: ReadonlyMap<string, WorksheetDef>): SessionSummary {
  const sheets = session.sheets.flatMap((id): SummarySheet[] => {
    const sheet = defs.get(id);
    if (!sheet) return [];
    const context = buildFieldContext(workbook, cycle, sheet, defs);
    const answers = sheet.fields
      .filter((field) => changedSince(cycle, sheet.id, field.id, session.startedAt))
      .map((field) => ({ label: field.label, lines: answerLines(field, savedValue(workbook, cycle, sheet.id, field), context) }))
      .filter((answer) => answer.lines.length > 0);
    return [{ id: sheet.id, title: sheet.title, answers }];
  });
  const parked = readParkingLot(workbook).map((item) => item.text.trim()).filter((text) => text !== '');
  return { workbookTitle: workbook.title, startedAt: session.startedAt, sheets, parked };
}

/** The summary as a plain-text document. */
export function summaryText(summary: SessionSummary): string {
  const out = [`Workshop summary: ${summary.workbookTitle}`, `Session started at ${formatTimeOnDay(summary.startedAt)}`, ''];
  for (const sheet of summary.sheets) {
    out.push(sheet.title, '='.repeat(Math.min(sheet.title.length, 60)));
    if (sheet.answers.length === 0) out.push('Nothing was changed on this worksheet in this session.');
    for (const answer of sheet.answers) out.push(`${answer.label}:`, ...answer.lines.map((line) => `- ${line}`));
    out.push('');
  }
  out.push('Parking lot', '===========');
  out.push(...(summary.parked.length === 0 ? ['Nothing was parked.'] : summary.parked.map((idea) => `- ${idea}`)));
  return `${out.join('\n')}\n`;
}
