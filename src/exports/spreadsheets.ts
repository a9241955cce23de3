/**
 * Spreadsheets (CSV) of the action plan, the progress log and the indicators
 * with every measurement. UTF-8 with a byte-order mark so Excel shows
 * accents; headers are the column labels from content; choices and statuses
 * as words; dates ISO (YYYY-MM-DD). A text cell that begins with = + - @, a
 * tab or a carriage return gets an apostrophe first (papaparse's
 * escapeFormulae), so it cannot run as a formula. Pure: input in, text out.
 */
import Papa from 'papaparse';
import { INDICATOR_KIND_LABELS } from '../fields/indicator/schema';
import { statusText } from '../fields/status/pdf';
import { columnOptions } from '../fields/table/options';
import { localDay } from '../lib/dates';
import { actionPlan, indicatorsWithMeasurements, progressLog, textFilter, type ExportInput, type FoundTable } from './snapshot';

/** The byte-order mark that tells Excel the file is UTF-8. */
export const BOM = '\uFEFF';

type Cell = string | number;

/** Rows as CSV text with the BOM, CRLF line ends and formulas neutralised. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return BOM + Papa.unparse({ fields: [...header], data: rows.map((row) => [...row]) }, { escapeFormulae: true, newline: '\r\n' });
}

/** One table field as CSV: its column labels, then one line per row with something in it. */
function tableCsv(found: FoundTable | undefined, input: ExportInput): string {
  if (!found) return toCsv([], []);
  const filter = textFilter(input);
  const today = localDay(input.now);
  const { field } = found;
  const options = new Map(field.columns.map((column) => [column.id, new Map(columnOptions(column, found.itemsOf).map((option) => [option.value, option.label]))]));
  const rows = found.rows
    .filter((row) => Object.values(row.cells).some((cell) => cell.trim() !== ''))
    .map((row) =>
      field.columns.map((column) => {
        const raw = (row.cells[column.id] ?? '').trim();
        if (!raw) return '';
        if (column.type === 'status') return statusText(raw, row.cells[field.dueColumn ?? ''], today);
        if (column.type === 'choice') return filter(options.get(column.id)?.get(raw) ?? raw);
        return column.type === 'date' ? raw : filter(raw);
      }),
    );
  return toCsv(field.columns.map((column) => column.label), rows);
}

/** The action plan as CSV. */
export function actionPlanCsv(input: ExportInput): string {
  return tableCsv(actionPlan(input), input);
}

/** The progress log as CSV. */
export function progressLogCsv(input: ExportInput): string {
  return tableCsv(progressLog(input), input);
}

/**
 * Indicator headers. The indicator field's parts are code, not content
 * columns, so their labels live here, worded as the worksheet shows them.
 */
const INDICATOR_HEADER = ['Indicator', 'Kind', 'Where the number comes from', 'Baseline', 'Baseline date', 'Target', 'Measure again on', 'Measured on', 'Value'];

/** The indicators as CSV: one line per measurement (or one line for an indicator not yet measured again). */
export function indicatorsCsv(input: ExportInput): string {
  const filter = textFilter(input);
  const rows = indicatorsWithMeasurements(input).flatMap(({ indicator, followUps }) => {
    const base: Cell[] = [
      filter(indicator.name),
      INDICATOR_KIND_LABELS[indicator.kind],
      filter(indicator.source),
      indicator.baseline ?? '',
      indicator.baselineDate ?? '',
      indicator.target ?? '',
      indicator.remeasureOn ?? '',
    ];
    return followUps.length === 0 ? [[...base, '', '']] : followUps.map((followUp) => [...base, followUp.date, followUp.value]);
  });
  return toCsv(INDICATOR_HEADER, rows);
}
