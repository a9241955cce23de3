/**
 * The parts every field definition shares. A worksheet's frontmatter lists
 * its fields; each is checked at build time against its type's schema.
 * Field and option ids are saved in workbooks: do not rename one without a
 * migration.
 */
import * as z from 'zod/mini';

/** Lower-case letters, digits and hyphens: safe in URLs, ids and keys. */
export const SlugSchema = z.string().check(
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'use lower-case letters, digits and single hyphens, such as "policy-areas"',
  }),
);

/** What every field has, whatever its type. */
export const FieldBaseShape = {
  /** Stable id, unique within the worksheet; answers are saved under it. */
  id: SlugSchema,
  /** The question or prompt, in plain UK English. */
  label: z.string().check(z.minLength(2)),
  /** A short nudge or example shown under the label. */
  hint: z.optional(z.string()),
  /** In workshop mode, the prompt shown large; defaults to the label. */
  prompt: z.optional(z.string()),
  /** Copied into the next cycle when a team starts one ("carry forward"). */
  carry: z._default(z.boolean(), false),
  /**
   * Binds the field to a part of the workbook's setup instead of an answer,
   * so Get started and the rest of the site agree (see src/worksheets/setup-binding.ts).
   */
  setup: z.optional(z.enum(['title', 'schoolName', 'setting', 'phase', 'team', 'policyAreas', 'approaches', 'cycleStart', 'cycleEnd', 'reviewDate'])),
};

/** One choice offered by a choice, multi-choice or table column. */
export const OptionSchema = z.strictObject({
  /** Saved value; stable. */
  value: SlugSchema,
  /** What people see. */
  label: z.string().check(z.minLength(1)),
  /** Optional explanation shown with the option. */
  hint: z.optional(z.string()),
});
/** One choice. */
export type Option = z.infer<typeof OptionSchema>;

/**
 * Points at another field whose items this field uses: a list's items, a
 * table's rows (labelled by `column`), or the chosen items of a
 * multi-choice. `worksheet` defaults to the same worksheet. The build fails
 * when the worksheet or field does not exist.
 */
export const FieldRefSchema = z.strictObject({
  /** The worksheet id; omit for a field on the same worksheet. */
  worksheet: z.optional(SlugSchema),
  /** The field id on that worksheet. */
  field: SlugSchema,
  /** For a table: the column whose text labels each row. */
  column: z.optional(SlugSchema),
  /** For a table: leave out rows whose status column says "done". */
  unfinishedOnly: z._default(z.boolean(), false),
});
/** A reference to another field's items. */
export type FieldRef = z.infer<typeof FieldRefSchema>;

/** An item drawn from another field: a stable id and the text to show. */
export interface RefItem {
  /** The source row or item id. */
  id: string;
  /** Its text. */
  label: string;
}

/** A saved row of a list or table: a stable id, and who added it when merged. */
export const RowBaseShape = {
  /** Stable id, so references survive reordering and edits. */
  id: z.string().check(z.minLength(1)),
  /** The contributor's name or role, when rows came from a merged contribution. */
  by: z.optional(z.string()),
};
