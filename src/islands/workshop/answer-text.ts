/**
 * One field's saved answer as plain lines of text, for the end-of-session
 * summary on screen, in print and in the downloaded text file. Text is
 * always text: nothing here is ever treated as HTML.
 */
import type { FieldRef, Option, RefItem } from '../../fields/common';
import type { FieldDefinition } from '../../fields/definitions';
import type { FieldContext } from '../../fields/field-type';
import { STATUS_LABELS, type StatusValue } from '../../fields/status/schema';
import { readValue } from '../../fields/values';

/** Lines of text that are not blank. */
function nonBlank(lines: readonly string[]): string[] {
  return lines.map((line) => line.trim()).filter((line) => line !== '');
}

/** The label for a saved option value, from fixed options or another field's items. */
function optionLabel(options: readonly Option[] | undefined, from: FieldRef | undefined, context: FieldContext, value: string): string {
  const fixed = options?.find((option) => option.value === value)?.label;
  const drawn = from ? context.itemsOf(from).find((item) => item.id === value)?.label : undefined;
  return fixed ?? drawn ?? value;
}

/** "Quiet room: 4 dots" for every item with a count. */
function countsLines(items: readonly RefItem[], value: Record<string, number>, unit: (count: number) => string): string[] {
  return items.filter((item) => (value[item.id] ?? 0) > 0).map((item) => `${item.label}: ${unit(value[item.id] ?? 0)}`);
}

/** Table rows as "Column: cell; Column: cell". */
function tableLines(field: Extract<FieldDefinition, { type: 'table' }>, rows: readonly { cells: Record<string, string> }[]): string[] {
  return rows
    .map((row) =>
      field.columns
        .map((column) => ({ label: column.label, cell: (row.cells[column.id] ?? '').trim() }))
        .filter((part) => part.cell !== '')
        .map((part) => `${part.label}: ${part.cell}`)
        .join('; '),
    )
    .filter((line) => line !== '');
}

/** The answer as lines; an empty answer gives no lines. */
export function answerLines(field: FieldDefinition, raw: unknown, context: FieldContext): string[] {
  const read = readValue(field, raw);
  if (read.state === 'empty') return [];
  if (read.state === 'unreadable') return ['(An earlier answer that no longer fits this question: see the worksheet.)'];
  const value: unknown = read.value;
  switch (field.type) {
    case 'short-text':
    case 'long-text':
    case 'date':
      return nonBlank(String(value).split('\n'));
    case 'choice':
      return [optionLabel(field.options, field.optionsFrom, context, String(value))];
    case 'multi-choice':
      return (value as string[]).map((choice) => optionLabel(field.options, field.optionsFrom, context, choice));
    case 'checklist':
      return field.items.filter((item) => (value as string[]).includes(item.id)).map((item) => `Done: ${item.label}`);
    case 'rating':
      return [field.levels[(value as number) - 1] ?? String(value)];
    case 'status':
      return [STATUS_LABELS[value as StatusValue]];
    case 'list':
      return nonBlank((value as { text: string }[]).map((item) => item.text));
    case 'table':
      return tableLines(field, value as { cells: Record<string, string> }[]);
    case 'dot-vote':
      return countsLines(context.itemsOf(field.itemsFrom), value as Record<string, number>, (n) => (n === 1 ? '1 dot' : `${n} dots`));
    case 'priority-matrix': {
      const placed = value as Record<string, { impact: string; effort: string }>;
      return context
        .itemsOf(field.itemsFrom)
        .filter((item) => placed[item.id])
        .map((item) => `${item.label}: ${placed[item.id]?.impact ?? ''} impact, ${placed[item.id]?.effort ?? ''} effort`);
    }
    default:
      return ['(Answered: see the worksheet for the details.)'];
  }
}
