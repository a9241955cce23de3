/**
 * What the spreadsheet and calendar builders read: a validated workbook, the
 * worksheet definitions (labels come from content), the names → roles choice
 * and the moment of export. Finds the action plan, progress log and
 * indicator fields by their shape in content, never by id. Pure.
 */
import type { FieldDefinition } from '../fields/definitions';
import type { FieldContext } from '../fields/field-type';
import { FollowUpSchema, indicatorsFromRaw, type FollowUp, type Indicator } from '../fields/indicator/schema';
import type { TableDefinition, TableRow } from '../fields/table/schema';
import { TableRowSchema } from '../fields/table/schema';
import { currentCycle, type Cycle, type Workbook } from '../model/workbook';
import { fieldLookups, savedValue } from '../worksheets/field-context';
import { keepText, namesToRoles, type TextFilter } from '../worksheets/names-to-roles';
import type { WorksheetDef } from '../worksheets/types';

/** The input of every builder in src/exports. */
export interface ExportInput {
  workbook: Workbook;
  worksheets: readonly WorksheetDef[];
  /** Replace team members' names with their roles in every cell and event. */
  namesAsRoles: boolean;
  now: Date;
}

/** One table field found in content, with its rows and lookups. */
export interface FoundTable {
  sheet: WorksheetDef;
  field: TableDefinition;
  rows: TableRow[];
  itemsOf: FieldContext['itemsOf'];
}

/** The text filter the names → roles option asks for. */
export function textFilter(input: ExportInput): TextFilter {
  return input.namesAsRoles ? namesToRoles(input.workbook.setup.team) : keepText;
}

type Match<T extends FieldDefinition> = { sheet: WorksheetDef; field: T };

function findField<T extends FieldDefinition>(worksheets: readonly WorksheetDef[], test: (field: FieldDefinition, sheet: WorksheetDef) => field is T): Match<T> | undefined {
  for (const sheet of worksheets) for (const field of sheet.fields) if (test(field, sheet)) return { sheet, field };
  return undefined;
}

function tableOf(input: ExportInput, cycle: Cycle, match: Match<TableDefinition> | undefined): FoundTable | undefined {
  if (!match) return undefined;
  const raw = savedValue(input.workbook, cycle, match.sheet.id, match.field);
  const rows = (Array.isArray(raw) ? raw : []).flatMap((row: unknown) => {
    const parsed = TableRowSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
  const itemsOf = fieldLookups(input.workbook, cycle, match.sheet, new Map(input.worksheets.map((sheet) => [sheet.id, sheet]))).itemsOf;
  return { ...match, rows, itemsOf };
}

const isTable = (field: FieldDefinition): field is TableDefinition => field.type === 'table';

/** The action plan: the table whose rows carry a due date. */
export function actionPlan(input: ExportInput): FoundTable | undefined {
  return tableOf(input, currentCycle(input.workbook), findField(input.worksheets, (field): field is TableDefinition => isTable(field) && field.dueColumn !== undefined));
}

/** The progress log: a table with a column that picks an action from the action plan. */
export function progressLog(input: ExportInput): FoundTable | undefined {
  const plan = findField(input.worksheets, (field): field is TableDefinition => isTable(field) && field.dueColumn !== undefined);
  if (!plan) return undefined;
  const picksAction = (field: FieldDefinition): field is TableDefinition =>
    isTable(field) && field.columns.some((column) => column.optionsFrom?.worksheet === plan.sheet.id && column.optionsFrom.field === plan.field.id);
  return tableOf(input, currentCycle(input.workbook), findField(input.worksheets, picksAction));
}

/** Every defined indicator with its follow-up measurements, oldest first. */
export function indicatorsWithMeasurements(input: ExportInput): { indicator: Indicator; followUps: FollowUp[] }[] {
  const cycle = currentCycle(input.workbook);
  const define = findField(input.worksheets, (field): field is Extract<FieldDefinition, { type: 'indicator' }> => field.type === 'indicator' && field.mode === 'define');
  if (!define) return [];
  const indicators = indicatorsFromRaw(savedValue(input.workbook, cycle, define.sheet.id, define.field));
  const followUp = findField(
    input.worksheets,
    (field, sheet): field is Extract<FieldDefinition, { type: 'indicator' }> =>
      field.type === 'indicator' && field.mode === 'follow-up' && (field.from?.worksheet ?? sheet.id) === define.sheet.id && field.from?.field === define.field.id,
  );
  const raw = followUp ? savedValue(input.workbook, cycle, followUp.sheet.id, followUp.field) : undefined;
  const record = (raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as Record<string, { followUps?: unknown }>;
  return indicators.map((indicator) => {
    const list = Array.isArray(record[indicator.id]?.followUps) ? (record[indicator.id]?.followUps as unknown[]) : [];
    const followUps = list.flatMap((item) => {
      const parsed = FollowUpSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
    return { indicator, followUps: [...followUps].sort((a, b) => a.date.localeCompare(b.date)) };
  });
}
