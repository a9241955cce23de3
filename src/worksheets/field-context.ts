/**
 * What every field on a worksheet may look up — other fields' items and
 * values, the team, today, read-only — built the same way for the worksheet
 * page, the workshop, the plan view and the PDF. Pure: no stores, no DOM.
 */
import type { FieldRef } from '../fields/common';
import type { FieldDefinition } from '../fields/definitions';
import type { FieldContext } from '../fields/field-type';
import { localToday } from '../lib/dates';
import type { Cycle, Workbook } from '../model/workbook';
import { resolveItems, type ResolveScope } from './resolve-items';
import { agreesWithSetup, valueFromSetup } from './setup-binding';
import type { WorksheetDef } from './types';

/** The saved value of a field in a cycle, or what the setup holds for a bound field. */
export function savedValue(workbook: Workbook, cycle: Cycle, worksheetId: string, field: FieldDefinition): unknown {
  const answer = cycle.answers[worksheetId]?.[field.id];
  if (!field.setup) return answer?.value;
  // A bound value can also change elsewhere (a rename, the workbook page): the answer is shown only while it still
  // agrees with the setup, so half-typed text (a trailing space, an emptied box) is kept as typed.
  if (answer !== undefined && agreesWithSetup(field.setup, answer.value, workbook)) return answer.value;
  return valueFromSetup(field.setup, workbook);
}

/** The names or roles offered for "person" inputs: "Name (Role)", a name, or a role. */
export function peopleOf(workbook: Workbook): string[] {
  return workbook.setup.team
    .map((member) => {
      const name = member.name?.trim() ?? '';
      const role = member.role?.trim() ?? '';
      return name && role ? `${name} (${role})` : name || role;
    })
    .filter((label) => label !== '');
}

/** The lookups of one worksheet that the screen and the PDF share. */
export interface FieldLookups {
  /** The items of another field in this cycle. */
  itemsOf: FieldContext['itemsOf'];
  /** The saved value of a field anywhere in this cycle, unvalidated. */
  rawValueOf: (ref: FieldRef) => unknown;
  /** The saved value of another field on the same worksheet. */
  valueOf: (fieldId: string) => unknown;
}

/** The lookups for one worksheet in one cycle: saved values (bound fields read the setup) and items of other fields. */
export function fieldLookups(workbook: Workbook, cycle: Cycle, sheet: WorksheetDef, worksheets: ReadonlyMap<string, WorksheetDef>): FieldLookups {
  const valueOf = (worksheetId: string, fieldId: string): unknown => {
    const field = worksheets.get(worksheetId)?.fields.find((candidate) => candidate.id === fieldId);
    return field ? savedValue(workbook, cycle, worksheetId, field) : cycle.answers[worksheetId]?.[fieldId]?.value;
  };
  const scope: ResolveScope = { worksheets, valueOf };
  return {
    itemsOf: (ref: FieldRef) => resolveItems(ref, sheet.id, scope),
    rawValueOf: (ref: FieldRef) => valueOf(ref.worksheet ?? sheet.id, ref.field),
    valueOf: (fieldId: string) => valueOf(sheet.id, fieldId),
  };
}

/** The field context for one worksheet in one cycle, as the screen uses it; `today` is the local date. */
export function buildFieldContext(
  workbook: Workbook,
  cycle: Cycle,
  sheet: WorksheetDef,
  worksheets: ReadonlyMap<string, WorksheetDef>,
  today = localToday(),
): FieldContext {
  return {
    ...fieldLookups(workbook, cycle, sheet, worksheets),
    people: peopleOf(workbook),
    today,
    readOnly: cycle.closedAt !== undefined,
  };
}

/** The cycle a page shows: `?cycle=<id>` when it names one, else the current cycle. */
export function cycleToShow(workbook: Workbook, search: string): Cycle | undefined {
  const wanted = new URLSearchParams(search).get('cycle');
  const byId = (id: string) => workbook.cycles.find((cycle) => cycle.id === id);
  return (wanted ? byId(wanted) : undefined) ?? byId(workbook.currentCycleId);
}
