/**
 * "Think alone, then share": while entries are hidden, people add their own
 * ideas through one box without seeing anyone else's. These pure helpers say
 * count the entries hidden and add an idea to a saved value (a list item, a
 * table row, or a line of text). Which prompts collect ideas: idea-target.ts.
 */
import type { FieldDefinition } from '../fields/definitions';
import type { IdeaTarget } from './idea-target';
import { newId } from '../lib/ids';
import { readValue } from '../fields/values';

/** The saved value when it fits the field, else undefined. */
function checked(field: FieldDefinition, raw: unknown): unknown {
  const read = readValue(field, raw);
  return read.state === 'ok' ? read.value : undefined;
}

/** How many entries the prompt holds: items, rows with something in them, or lines. */
export function entryCount(field: FieldDefinition, raw: unknown): number {
  const value = checked(field, raw);
  if (value === undefined) return 0;
  if (field.type === 'list') return (value as { text: string }[]).filter((item) => item.text.trim() !== '').length;
  if (field.type === 'table') return (value as { cells: Record<string, string> }[]).filter((row) => Object.values(row.cells).some((cell) => cell.trim() !== '')).length;
  if (typeof value === 'string') return value.split('\n').filter((line) => line.trim() !== '').length;
  return 0;
}

/** The field's value with one more idea; null when it cannot take one (full, or not an idea prompt). */
export function withIdea(field: FieldDefinition, raw: unknown, text: string, target: IdeaTarget): unknown {
  const idea = text.trim();
  if (!idea) return null;
  const value = checked(field, raw);
  if (target.kind === 'list' && field.type === 'list') {
    const items = (value as { id: string; text: string }[] | undefined) ?? [];
    if (field.max !== undefined && items.length >= field.max) return null;
    return [...items, { id: newId(), text: idea }];
  }
  if (target.kind === 'table' && field.type === 'table') {
    const rows = (value as unknown[] | undefined) ?? [];
    return [...rows, { id: newId(), cells: { [target.column]: idea } }];
  }
  if (target.kind === 'text' && field.type === 'long-text') {
    const before = typeof value === 'string' ? value.replace(/\s+$/, '') : '';
    return before ? `${before}\n${idea}` : idea;
  }
  return null;
}

/** "1 entry hidden", "3 entries hidden". */
export function describeHidden(count: number): string {
  return count === 1 ? '1 entry hidden' : `${count} entries hidden`;
}
