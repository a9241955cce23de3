/**
 * Table: rows of typed columns (text, long text, date, person or role,
 * choice, status, number). Rows can be added by people, fixed in advance
 * (`presetRows`), or drawn one per item of another field (`rowsFrom`).
 */
import * as z from 'zod/mini';
import { FieldBaseShape, FieldRefSchema, OptionSchema, RowBaseShape, SlugSchema } from '../common';

/** A column of a table. */
export const ColumnSchema = z
  .strictObject({
    /** Stable id, unique within the table. */
    id: SlugSchema,
    /** Column heading. */
    label: z.string().check(z.minLength(1)),
    /** What kind of value the cells hold. "person" offers the team's names or roles. */
    type: z.enum(['text', 'long-text', 'date', 'person', 'choice', 'status', 'number']),
    /** A nudge shown with the column's inputs. */
    hint: z.optional(z.string()),
    /** For choice columns: the options. */
    options: z.optional(z.array(OptionSchema).check(z.minLength(2))),
    /** For choice columns: or offer the items of another field. */
    optionsFrom: z.optional(FieldRefSchema),
  })
  .check(
    z.refine((column) => column.type !== 'choice' || Boolean(column.options) !== Boolean(column.optionsFrom), {
      error: 'a choice column needs either options or optionsFrom',
    }),
  );
/** A column of a table. */
export type Column = z.infer<typeof ColumnSchema>;

/** A table field in worksheet frontmatter. */
export const TableDefinitionSchema = z
  .strictObject({
    ...FieldBaseShape,
    type: z.literal('table'),
    /** One row, in words, for buttons: "Add an action", "Remove action 2". */
    rowName: z._default(z.string().check(z.minLength(2)), 'row'),
    /** The columns, left to right. */
    columns: z.array(ColumnSchema).check(z.minLength(1)),
    /** Rows that are there from the start (e.g. the areas of a policy audit), keyed by id. */
    presetRows: z.optional(z.array(z.strictObject({ id: SlugSchema, cells: z.record(z.string(), z.string()) }))),
    /** One row per item of another field (e.g. one per chosen priority). */
    rowsFrom: z.optional(FieldRefSchema),
    /** Whether people may add their own rows (always true unless rows are preset or drawn). */
    allowAddRows: z.optional(z.boolean()),
    /** The date column that holds the due date, so a status column can show Overdue. */
    dueColumn: z.optional(SlugSchema),
  })
  .check(
    z.refine((table) => new Set(table.columns.map((column) => column.id)).size === table.columns.length, {
      error: 'two columns share an id',
      path: ['columns'],
    }),
  );
/** A table field definition. */
export type TableDefinition = z.infer<typeof TableDefinitionSchema>;

/** One saved row: its id and a text value per column id. */
export const TableRowSchema = z.looseObject({ ...RowBaseShape, cells: z.record(z.string(), z.string()) });
/** One saved row. */
export type TableRow = z.infer<typeof TableRowSchema>;

/** The saved answer: rows in order (preset and drawn rows are saved under their own ids). */
export const TableValueSchema = z.array(TableRowSchema);
/** The saved answer. */
export type TableValue = z.infer<typeof TableValueSchema>;

export { tableRowsAsRefItems } from './ref-items';

/** True when any cell of any row holds something other than spaces. */
export function isAnswered(value: TableValue): boolean {
  return value.some((row) => Object.values(row.cells).some((cell) => cell.trim() !== ''));
}
