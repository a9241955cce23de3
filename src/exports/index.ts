/**
 * Spreadsheet and calendar files from a workbook: loaded with import() only
 * when a button is pressed. Each kind names its builder, file part and type.
 */
import { localDay } from '../lib/dates';
import { downloadName } from '../worksheets/file-names';
import { calendarIcs } from './calendar';
import { textFilter, type ExportInput } from './snapshot';
import { actionPlanCsv, indicatorsCsv, progressLogCsv } from './spreadsheets';

/** The files these builders make. */
export type FileKind = 'actions-csv' | 'progress-csv' | 'indicators-csv' | 'calendar-ics';

const BUILDERS: Record<FileKind, { build: (input: ExportInput) => string; part: string; extension: string; type: string }> = {
  'actions-csv': { build: actionPlanCsv, part: 'actions', extension: 'csv', type: 'text/csv;charset=utf-8' },
  'progress-csv': { build: progressLogCsv, part: 'progress-log', extension: 'csv', type: 'text/csv;charset=utf-8' },
  'indicators-csv': { build: indicatorsCsv, part: 'indicators', extension: 'csv', type: 'text/csv;charset=utf-8' },
  'calendar-ics': { build: calendarIcs, part: 'dates', extension: 'ics', type: 'text/calendar;charset=utf-8' },
};

/** One file: its text, name and MIME type. */
export function buildFile(kind: FileKind, input: ExportInput): { text: string; fileName: string; type: string } {
  const builder = BUILDERS[kind];
  const parts = input.namesAsRoles ? [builder.part, 'roles'] : [builder.part];
  return { text: builder.build(input), fileName: downloadName(textFilter(input)(input.workbook.title), parts, localDay(input.now), builder.extension), type: builder.type };
}
