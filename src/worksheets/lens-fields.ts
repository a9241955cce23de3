/**
 * The planning approaches a team chose add their own questions to every
 * worksheet of a stage. Each question becomes a long-text field whose id
 * starts with "lens-", so its answer is saved and exported like any other.
 * Ids are saved in workbooks: do not change the pattern without a migration.
 */
import type { FieldDefinition } from '../fields/definitions';
import type { LensQuestionGroup } from './types';

/** The field id under which an approach question's answer is saved. */
export function lensFieldId(lensId: string, questionId: string): string {
  return `lens-${lensId}-${questionId}`;
}

/** Only the groups of the approaches the team chose, in their usual order. */
export function chosenGroups(groups: readonly LensQuestionGroup[], chosen: readonly string[]): LensQuestionGroup[] {
  return groups.filter((group) => chosen.includes(group.lensId));
}

/** A group's questions as long-text field definitions. */
export function lensFields(group: LensQuestionGroup): FieldDefinition[] {
  return group.questions.map((question) => ({
    type: 'long-text',
    id: lensFieldId(group.lensId, question.id),
    label: question.prompt,
    ...(question.hint ? { hint: question.hint } : {}),
    rows: 3,
    carry: false,
  }));
}
