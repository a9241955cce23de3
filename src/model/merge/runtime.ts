/**
 * The heavier half of the Team contributions panel — reading and writing
 * contribution files, planning and applying merges — loaded with `import()`
 * only when someone uses it, so the workbook page stays small.
 */
import type { Workbook } from '../workbook';
import {
  buildContribution,
  contributionFileName,
  parseContributionFile,
  serializeContributionFile,
  type Contribution,
} from '../contribution';
import { applyMerge, planMerge, type MergeDecisions, type MergePlan } from './index';
import type { WorksheetDef } from '../../worksheets/types';

/** True for fields bound to the workbook's setup: never sent, never merged. */
export function isSetupField(worksheets: readonly WorksheetDef[], worksheetId: string, fieldId: string): boolean {
  const field = worksheets.find((sheet) => sheet.id === worksheetId)?.fields.find((candidate) => candidate.id === fieldId);
  return field?.setup !== undefined;
}

/** The text and file name of a contribution of the chosen worksheets' answers. */
export function makeContributionFile(
  workbook: Workbook,
  worksheetIds: readonly string[],
  contributor: string,
  worksheets: readonly WorksheetDef[],
  now: string,
): { text: string; fileName: string } {
  const contribution = buildContribution(workbook, worksheetIds, contributor, now, (sheet, field) => isSetupField(worksheets, sheet, field));
  return { text: serializeContributionFile(contribution), fileName: contributionFileName(workbook.title, contributor, now) };
}

/** A file that was refused, with the sentence saying why. */
export interface RefusedFile {
  /** The file's name. */
  name: string;
  /** Why it was refused. */
  problem: string;
}

/** Reads the chosen files: the contributions accepted and the files refused. */
export function readContributions(files: readonly { name: string; text: string }[]): { accepted: Contribution[]; refused: RefusedFile[] } {
  const accepted: Contribution[] = [];
  const refused: RefusedFile[] = [];
  for (const file of files) {
    const result = parseContributionFile(file.text);
    if (result.ok) accepted.push(result.contribution);
    else refused.push({ name: file.name, problem: result.problem });
  }
  return { accepted, refused };
}

export { applyMerge, planMerge, type MergeDecisions, type MergePlan };
export { defaultDecisions, isKept, summariseMerge } from './index';
