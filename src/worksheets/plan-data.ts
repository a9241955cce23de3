/**
 * Which answers the whole-plan view shows: per stage, each worksheet with at
 * least one answered field (its own fields, then the chosen approaches'
 * questions). Pure: workbook, cycle and definitions in, sections out.
 */
import { isFieldAnswered } from '../fields/answered';
import type { FieldDefinition } from '../fields/definitions';
import type { StageId } from '../lib/cycle';
import type { Cycle, Workbook } from '../model/workbook';
import { chosenGroups, lensFields } from './lens-fields';
import type { LensQuestionGroup, WorksheetDef } from './types';
import { savedValue } from './field-context';

/** One field to show, with its saved (unchecked) value. */
export interface PlanField {
  field: FieldDefinition;
  raw: unknown;
}

/** One worksheet's answers. */
export interface PlanSheet {
  sheet: WorksheetDef;
  /** Its own answered fields, in order. */
  fields: PlanField[];
  /** Answered approach questions, grouped by approach. */
  lenses: { lensId: string; title: string; fields: PlanField[] }[];
}

function answered(workbook: Workbook, cycle: Cycle, sheetId: string, fields: readonly FieldDefinition[]): PlanField[] {
  return fields.map((field) => ({ field, raw: savedValue(workbook, cycle, sheetId, field) })).filter(({ field, raw }) => isFieldAnswered(field, raw));
}

/** The worksheets of one stage that have answers, in order. */
export function sheetsWithAnswers(
  workbook: Workbook,
  cycle: Cycle,
  sheets: readonly WorksheetDef[],
  groups: readonly LensQuestionGroup[],
): PlanSheet[] {
  const chosen = chosenGroups(groups, workbook.setup.approaches);
  return sheets.flatMap((sheet) => {
    const fields = answered(workbook, cycle, sheet.id, sheet.fields);
    const lenses = chosen
      .map((group) => ({ lensId: group.lensId, title: group.title, fields: answered(workbook, cycle, sheet.id, lensFields(group)) }))
      .filter((group) => group.fields.length > 0);
    return fields.length + lenses.length > 0 ? [{ sheet, fields, lenses }] : [];
  });
}

/** The stages a person chose to include, in the cycle's order. */
export function includedStages<T extends { id: StageId }>(stages: readonly T[], excluded: ReadonlySet<StageId>): T[] {
  return stages.filter((stage) => !excluded.has(stage.id));
}
