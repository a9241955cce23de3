/**
 * One worksheet as blocks: its title, then each question with its answer
 * (or, blank, its hint and space to write), then the questions the chosen
 * planning approaches add at its stage.
 */
import type { LensQuestionGroup, WorksheetDef } from '../../worksheets/types';
import { chosenGroups, lensFields } from '../../worksheets/lens-fields';
import { fieldBlocks } from '../field-blocks';
import { heading, paragraph } from '../layout/blocks';
import type { Block } from '../layout/types';
import type { WorkbookScope } from '../workbook-scope';

/** How to print a worksheet. */
export interface SheetOptions {
  blank: boolean;
  /** Heading level of the worksheet's title (1 alone, 2 inside the plan). */
  level: 1 | 2;
  anchor?: string;
}

/** The lens questions for the worksheet's stage that the team chose. */
function lensBlocks(sheet: WorksheetDef, groups: readonly LensQuestionGroup[], scope: WorkbookScope, blank: boolean): Block[] {
  const chosen = chosenGroups(groups, scope.workbook.setup.approaches);
  const context = scope.contextFor(sheet, blank);
  return chosen.flatMap((group) => [
    heading(`Questions from “${group.title}”`, 3),
    ...lensFields(group).flatMap((field) => [paragraph(field.label, { bold: true, keepWithNext: true }), ...fieldBlocks(field, scope.cycle.answers[sheet.id]?.[field.id]?.value, context)]),
  ]);
}

/** The blocks for one worksheet. */
export function worksheetBlocks(sheet: WorksheetDef, groups: readonly LensQuestionGroup[], scope: WorkbookScope, options: SheetOptions): Block[] {
  const context = scope.contextFor(sheet, options.blank);
  const fields = sheet.fields.flatMap((field) => [
    heading(field.label, 3),
    ...(options.blank && field.hint ? [paragraph(field.hint, { muted: true, size: 8.5, keepWithNext: true })] : []),
    ...fieldBlocks(field, scope.valueOf(sheet.id, field), context),
  ]);
  return [heading(sheet.title, options.level, options.anchor), ...fields, ...lensBlocks(sheet, groups, scope, options.blank)];
}
