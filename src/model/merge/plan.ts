/**
 * `planMerge`: what merging contributions into the team's workbook would do,
 * without changing anything. Every contributed value is checked against its
 * field's value schema first (`readValue`); one that does not fit is listed
 * as skipped with the reason, never applied. Pure.
 */
import type { FieldDefinition } from '../../fields/definitions';
import { readValue } from '../../fields/values';
import { resolveItems } from '../../worksheets/resolve-items';
import type { WorksheetDef } from '../../worksheets/types';
import { newId } from '../../lib/ids';
import { contributorName, type Contribution } from '../contribution';
import { currentCycle, type Workbook } from '../workbook';
import type { ItemLabel } from './describe';
import { planField } from './plan-fields';
import { PlanState } from './plan-state';
import type { MergePlan } from './types';

/** How to make a plan; tests pass a predictable id maker. */
export interface PlanOptions {
  /** Makes ids for entries whose id is already taken. */
  newId?: () => string;
}

/** The planning approaches' questions are long-text fields named `lens-…` (src/worksheets/lens-fields.ts). */
function fieldFor(sheet: WorksheetDef, fieldId: string): FieldDefinition | undefined {
  const field = sheet.fields.find((candidate) => candidate.id === fieldId);
  if (field || !fieldId.startsWith('lens-')) return field;
  return { type: 'long-text', id: fieldId, label: 'A question from a planning approach', rows: 3, carry: false };
}

/** Words for the items a field's options come from, looked up in the team's workbook. */
function itemLabelFor(field: FieldDefinition, worksheetId: string, worksheets: ReadonlyMap<string, WorksheetDef>, team: Workbook): ItemLabel {
  const ref = 'optionsFrom' in field ? field.optionsFrom : undefined;
  if (!ref) return () => undefined;
  const answers = currentCycle(team).answers;
  let items: Map<string, string> | undefined;
  return (id) => {
    items ??= new Map(
      resolveItems(ref, worksheetId, { worksheets, valueOf: (sheet, fieldId) => answers[sheet]?.[fieldId]?.value }).map((item) => [item.id, item.label]),
    );
    return items.get(id);
  };
}

/** Why a contributed value cannot be merged, or undefined when it can. */
function refusal(sheet: WorksheetDef | undefined, field: FieldDefinition | undefined): string | undefined {
  if (!sheet) return 'This worksheet is not in this version of the workbook.';
  if (!field) return 'This question is no longer on the worksheet.';
  if (field.setup) return 'This answer is part of the workbook’s setup (Get started), which only the team’s own workbook changes.';
  return undefined;
}

/** Plans one contribution's answers into `state`. */
function planContribution(state: PlanState, team: Workbook, byId: ReadonlyMap<string, WorksheetDef>, contribution: Contribution, source: number): void {
  const by = contributorName(contribution);
  const answers = currentCycle(team).answers;
  for (const [worksheetId, sheetAnswers] of Object.entries(contribution.worksheets)) {
    const sheet = byId.get(worksheetId);
    for (const [fieldId, answer] of Object.entries(sheetAnswers)) {
      const field = sheet ? fieldFor(sheet, fieldId) : undefined;
      const skip = (reason: string) =>
        state.plan.skipped.push({ source, by, worksheetTitle: sheet?.title ?? worksheetId, fieldLabel: field?.label ?? fieldId, reason });
      const refused = refusal(sheet, field);
      if (refused !== undefined || !sheet || !field) {
        skip(refused ?? '');
        continue;
      }
      const read = readValue(field, answer.value);
      if (read.state === 'empty') continue;
      if (read.state === 'unreadable') {
        skip('This answer does not fit the question (it may come from a different version of the worksheet), so it was not merged.');
        continue;
      }
      const teamRead = readValue(field, answers[worksheetId]?.[fieldId]?.value);
      if (teamRead.state === 'unreadable') {
        skip('The team’s own answer to this question cannot be read, so nothing was merged into it.');
        continue;
      }
      const place = { worksheetId, worksheetTitle: sheet.title, fieldId, fieldLabel: field.label };
      const teamValue = teamRead.state === 'ok' ? teamRead.value : undefined;
      planField(state, { place, field, source, by, value: read.value, team: teamValue, itemLabel: itemLabelFor(field, worksheetId, byId, team) });
    }
  }
}

/**
 * What merging `contributions` into `team`'s current cycle would do: entries
 * to add (duplicates flagged), conflicts to choose between, counts combined
 * and values skipped. Nothing is changed; apply with `applyMerge`.
 */
export function planMerge(team: Workbook, contributions: readonly Contribution[], worksheets: readonly WorksheetDef[], options: PlanOptions = {}): MergePlan {
  const byId = new Map(worksheets.map((sheet) => [sheet.id, sheet]));
  const state = new PlanState(team.id, contributions.map(contributorName), options.newId ?? newId);
  contributions.forEach((contribution, source) => planContribution(state, team, byId, contribution, source));
  state.finishSlots();
  return state.plan;
}
