/**
 * Which prompts can collect ideas while entries are hidden ("think alone,
 * then share"), and where a new idea goes. Kept apart from think-alone.ts
 * so the page loads only this small check until the feature is used.
 */
import type { FieldDefinition } from '../fields/definitions';

/** Where a new idea goes: a list item, a table row's text column, or a new line. */
export type IdeaTarget = { kind: 'list' } | { kind: 'table'; column: string } | { kind: 'text' };

/** The way a prompt collects ideas, or null when it does not (a vote, a date…). */
export function ideaTargetOf(field: FieldDefinition): IdeaTarget | null {
  if (field.type === 'list') return { kind: 'list' };
  if (field.type === 'long-text') return { kind: 'text' };
  if (field.type !== 'table') return null;
  const rowsFixed = Boolean(field.presetRows ?? field.rowsFrom);
  if (rowsFixed && field.allowAddRows !== true) return null;
  const column = field.columns.find((candidate) => candidate.type === 'text' || candidate.type === 'long-text');
  return column ? { kind: 'table', column: column.id } : null;
}
