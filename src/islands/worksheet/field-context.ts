/** Builds what every field on a worksheet may look up: items, people, today, read-only. */
import type { FieldRef } from '../../fields/common';
import type { FieldContext } from '../../fields/field-type';
import type { Cycle, Workbook } from '../../model/workbook';
import { resolveItems, type ResolveScope } from '../../worksheets/resolve-items';
import type { WorksheetDef } from '../../worksheets/types';
import { localToday, peopleOf, savedValue } from './field-values';

/** The lookups for one worksheet in one cycle. */
export function buildFieldContext(workbook: Workbook, cycle: Cycle, sheet: WorksheetDef, worksheets: ReadonlyMap<string, WorksheetDef>): FieldContext {
  const valueOf = (worksheetId: string, fieldId: string): unknown => {
    const field = worksheets.get(worksheetId)?.fields.find((candidate) => candidate.id === fieldId);
    return field ? savedValue(workbook, cycle, worksheetId, field) : cycle.answers[worksheetId]?.[fieldId]?.value;
  };
  const scope: ResolveScope = { worksheets, valueOf };
  return {
    itemsOf: (ref: FieldRef) => resolveItems(ref, sheet.id, scope),
    rawValueOf: (ref: FieldRef) => valueOf(ref.worksheet ?? sheet.id, ref.field),
    people: peopleOf(workbook),
    today: localToday(),
    readOnly: cycle.closedAt !== undefined,
    valueOf: (fieldId: string) => valueOf(sheet.id, fieldId),
  };
}

/** The cycle a page shows: `?cycle=<id>` when it names one, else the current cycle. */
export function cycleToShow(workbook: Workbook, search: string): Cycle | undefined {
  const wanted = new URLSearchParams(search).get('cycle');
  const byId = (id: string) => workbook.cycles.find((cycle) => cycle.id === id);
  return (wanted ? byId(wanted) : undefined) ?? byId(workbook.currentCycleId);
}
