/**
 * Reading a workbook's current cycle for printing, without stores: the saved
 * value of any field (fields bound to Get started read the setup, as on
 * screen) and a field context per worksheet.
 */
import type { FieldRef } from '../fields/common';
import type { FieldDefinition } from '../fields/definitions';
import type { Cycle, Workbook } from '../model/workbook';
import { resolveItems, type ResolveScope } from '../worksheets/resolve-items';
import { agreesWithSetup, valueFromSetup } from '../worksheets/setup-binding';
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

/** The cycle new answers go into (the one printed). */
export function currentCycle(workbook: Workbook): Cycle {
  return workbook.cycles.find((cycle) => cycle.id === workbook.currentCycleId) ?? workbook.cycles[0]!;
}

/** A date as YYYY-MM-DD in local time. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Builds the scope for printing one workbook. */
export function workbookScope(workbook: Workbook, defs: readonly WorksheetDef[], today: string): WorkbookScope {
  const cycle = currentCycle(workbook);
  const worksheets = new Map(defs.map((def) => [def.id, def]));
  const valueOf = (worksheetId: string, field: FieldDefinition): unknown => {
    const answer = cycle.answers[worksheetId]?.[field.id];
    if (!field.setup) return answer?.value;
    if (answer !== undefined && agreesWithSetup(field.setup, answer.value, workbook)) return answer.value;
    return valueFromSetup(field.setup, workbook);
  };
  const rawOf = (worksheetId: string, fieldId: string): unknown => {
    const field = worksheets.get(worksheetId)?.fields.find((candidate) => candidate.id === fieldId);
    return field ? valueOf(worksheetId, field) : cycle.answers[worksheetId]?.[fieldId]?.value;
  };
  const resolve: ResolveScope = { worksheets, valueOf: rawOf };
  const contextFor = (sheet: WorksheetDef, blank: boolean): PdfFieldContext => ({
    itemsOf: (ref: FieldRef) => resolveItems(ref, sheet.id, resolve),
    rawValueOf: (ref: FieldRef) => rawOf(ref.worksheet ?? sheet.id, ref.field),
    valueOf: (fieldId: string) => rawOf(sheet.id, fieldId),
    today,
    blank,
  });
  return { workbook, cycle, worksheets, valueOf, contextFor };
}
