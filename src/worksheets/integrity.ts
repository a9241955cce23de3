/**
 * Checks that run over all worksheets together, which a single file's
 * schema cannot: every reference names a field that exists on its
 * worksheet, and points at a field whose items can be drawn from.
 * The worksheet route calls this while building, so a broken reference
 * stops the build with the worksheet file and field named.
 */
import type { FieldDefinition } from '../fields/definitions';
import { fieldRefsOf } from './field-refs';

/** The minimum the check needs to know about a worksheet. */
export interface WorksheetShape {
  id: string;
  fields: readonly FieldDefinition[];
}

const ITEM_SOURCES = new Set(['list', 'table', 'multi-choice', 'indicator']);

/** Human sentences, one per broken reference; empty when all is well. */
export function referenceProblems(worksheets: readonly WorksheetShape[]): string[] {
  const byId = new Map(worksheets.map((sheet) => [sheet.id, sheet]));
  const problems: string[] = [];
  for (const sheet of worksheets) {
    for (const { path, ref } of fieldRefsOf(sheet.fields)) {
      const where = `content/worksheets/${sheet.id}.mdx, ${path.join('.')}`;
      const target = byId.get(ref.worksheet ?? sheet.id);
      const field = target?.fields.find((candidate) => candidate.id === ref.field);
      if (!target) problems.push(`${where}: there is no worksheet "${ref.worksheet}".`);
      else if (!field) problems.push(`${where}: worksheet "${target.id}" has no field "${ref.field}".`);
      else if (!ITEM_SOURCES.has(field.type)) problems.push(`${where}: field "${ref.field}" is a ${field.type} field and has no items to draw from.`);
      else if (ref.column && field.type === 'table' && !field.columns.some((column) => column.id === ref.column)) {
        problems.push(`${where}: table "${ref.field}" has no column "${ref.column}".`);
      }
    }
  }
  return problems;
}
