/**
 * Resolves a field reference to the items it names, in the current cycle:
 * a list's items, a table's rows, the chosen options of a multi-choice
 * (following its own source), or the indicators of an indicator field.
 * Pure: answers and definitions in, items out.
 */
import type { FieldRef, RefItem } from '../fields/common';
import type { FieldDefinition } from '../fields/definitions';
import { indicatorsFromRaw } from '../fields/indicator/schema';
import { ListValueSchema, listItemsAsRefItems } from '../fields/list/schema';
import { TableValueSchema, tableRowsAsRefItems } from '../fields/table/schema';
import { fieldRefsOf } from './field-refs';
import type { WorksheetDef } from './types';

/** Answers of one cycle: worksheet id → field id → saved value. */
export type CycleValues = (worksheetId: string, fieldId: string) => unknown;

/** Where to look things up. */
export interface ResolveScope {
  /** Every worksheet the reference could reach, by id. */
  worksheets: ReadonlyMap<string, WorksheetDef>;
  /** The saved value of any field in the current cycle. */
  valueOf: CycleValues;
}

const MAX_DEPTH = 4;

/** The items a reference names; empty when the source has none (or is missing). */
export function resolveItems(ref: FieldRef, fromWorksheet: string, scope: ResolveScope, depth = 0): RefItem[] {
  const worksheetId = ref.worksheet ?? fromWorksheet;
  const field = scope.worksheets.get(worksheetId)?.fields.find((candidate) => candidate.id === ref.field);
  if (!field || depth > MAX_DEPTH) return [];
  const raw = scope.valueOf(worksheetId, field.id);
  return itemsOfField(field, raw, ref, worksheetId, scope, depth);
}

function itemsOfField(field: FieldDefinition, raw: unknown, ref: FieldRef, worksheetId: string, scope: ResolveScope, depth: number): RefItem[] {
  switch (field.type) {
    case 'list': {
      const parsed = ListValueSchema.safeParse(raw);
      return parsed.success ? listItemsAsRefItems(parsed.data) : [];
    }
    case 'table': {
      const parsed = TableValueSchema.safeParse(raw);
      return parsed.success ? tableRowsAsRefItems(field, parsed.data, ref.column, ref.unfinishedOnly) : [];
    }
    case 'multi-choice':
      return chosenItems(field, raw, worksheetId, scope, depth);
    case 'indicator':
      return indicatorsFromRaw(raw).map((indicator) => ({ id: indicator.id, label: indicator.name }));
    default:
      return [];
  }
}

/** The chosen options of a multi-choice, labelled from its options or its own source. */
function chosenItems(field: Extract<FieldDefinition, { type: 'multi-choice' }>, raw: unknown, worksheetId: string, scope: ResolveScope, depth: number): RefItem[] {
  if (!Array.isArray(raw)) return [];
  const offered: RefItem[] = field.optionsFrom
    ? resolveItems(field.optionsFrom, worksheetId, scope, depth + 1)
    : (field.options ?? []).map((option) => ({ id: option.value, label: option.label }));
  return raw.flatMap((id) => offered.filter((item) => item.id === id));
}

/** Every worksheet a sheet's references reach, directly or through a chain. */
export function reachableWorksheetIds(start: WorksheetDef, all: ReadonlyMap<string, WorksheetDef>): Set<string> {
  const reached = new Set<string>([start.id]);
  const queue = [start];
  while (queue.length > 0) {
    const sheet = queue.pop();
    for (const ref of sheet ? refsIn(sheet) : []) {
      const target = all.get(ref.worksheet ?? sheet?.id ?? '');
      if (target && !reached.has(target.id)) {
        reached.add(target.id);
        queue.push(target);
      }
    }
  }
  return reached;
}

function refsIn(sheet: WorksheetDef): FieldRef[] {
  return fieldRefsOf(sheet.fields).map((located) => located.ref);
}
