/**
 * Finds every reference one field makes to another (optionsFrom, itemsFrom,
 * rowsFrom, from, and choice columns' optionsFrom), with the path to it in
 * the worksheet's frontmatter, so the build can name a broken one exactly.
 */
import type { FieldRef } from '../fields/common';
import type { FieldDefinition } from '../fields/definitions';

/** A reference and where it sits in the worksheet frontmatter. */
export interface LocatedRef {
  /** Path in the frontmatter, e.g. ["fields", 2, "columns", 1, "optionsFrom"]. */
  path: (string | number)[];
  /** The reference itself. */
  ref: FieldRef;
}

/** Every field reference in a worksheet's fields. */
export function fieldRefsOf(fields: readonly FieldDefinition[]): LocatedRef[] {
  return fields.flatMap((field, index) => refsOfField(field).map(({ path, ref }) => ({ path: ['fields', index, ...path], ref })));
}

function refsOfField(field: FieldDefinition): LocatedRef[] {
  const found: LocatedRef[] = [];
  const add = (key: string, ref: FieldRef | undefined) => {
    if (ref) found.push({ path: [key], ref });
  };
  if (field.type === 'choice' || field.type === 'multi-choice') add('optionsFrom', field.optionsFrom);
  if (field.type === 'priority-matrix' || field.type === 'dot-vote') add('itemsFrom', field.itemsFrom);
  if (field.type === 'indicator') add('from', field.from);
  if (field.type === 'table') {
    add('rowsFrom', field.rowsFrom);
    field.columns.forEach((column, columnIndex) => {
      if (column.optionsFrom) found.push({ path: ['columns', columnIndex, 'optionsFrom'], ref: column.optionsFrom });
    });
  }
  return found;
}
