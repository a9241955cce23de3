/**
 * Reading a workbook's current cycle for printing, without stores: the saved
 * value of any field and a field context per worksheet, from the same
 * worksheet logic the screen uses (src/worksheets/field-context.ts).
 */
import type { FieldDefinition } from '../fields/definitions';
import { currentCycle, type Cycle, type Workbook } from '../model/workbook';
import { fieldLookups, savedValue } from '../worksheets/field-context';
import type { WorksheetDef } from '../worksheets/types';
import type { PdfFieldContext } from './field-context';

/** What the builders read from a workbook. */
export interface WorkbookScope {
  workbook: Workbook;
  cycle: Cycle;
  worksheets: ReadonlyMap<string, WorksheetDef>;
  /** The saved value of a field, as the worksheet page shows it. */
  valueOf: (worksheetId: string, field: FieldDefinition) => unknown;
  /** The field context for one worksheet. */
  contextFor: (sheet: WorksheetDef, blank: boolean) => PdfFieldContext;
}

/** Builds the scope for printing one workbook's current cycle (the one new answers go into). */
export function workbookScope(workbook: Workbook, defs: readonly WorksheetDef[], today: string): WorkbookScope {
  const cycle = currentCycle(workbook);
  const worksheets = new Map(defs.map((def) => [def.id, def]));
  const valueOf = (worksheetId: string, field: FieldDefinition): unknown => savedValue(workbook, cycle, worksheetId, field);
  const contextFor = (sheet: WorksheetDef, blank: boolean): PdfFieldContext => ({ ...fieldLookups(workbook, cycle, sheet, worksheets), today, blank });
  return { workbook, cycle, worksheets, valueOf, contextFor };
}
