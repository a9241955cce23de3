/**
 * The contract between the worksheet island and each field type's
 * component. A component draws one field from its definition and value and
 * reports edits through `onChange`; it never touches stores or storage.
 */
import type { FieldRef, RefItem } from './common';

/** What a field may ask about the rest of the workbook. */
export interface FieldContext {
  /** The items of another field in the current cycle (list items, table rows, chosen items). */
  itemsOf: (ref: FieldRef) => RefItem[];
  /** The team's names or roles, for "person" inputs. */
  people: readonly string[];
  /** Today as YYYY-MM-DD, so Overdue can be worked out. */
  today: string;
  /** True for a closed cycle: show every answer, allow no edits. */
  readOnly: boolean;
  /** The saved value of another field on the same worksheet (e.g. a due date). */
  valueOf: (fieldId: string) => unknown;
  /**
   * The whole saved value of a field anywhere in the current cycle (unvalidated), when the
   * island can give it: the indicator follow-up reads its defining indicators through it.
   */
  rawValueOf?: (ref: FieldRef) => unknown;
  /** Who is typing, when known: stored with new list items and table rows. */
  contributor?: string | undefined;
}

/** The props every field component receives. */
export interface FieldProps<Definition, Value> {
  /** The validated definition from the worksheet's frontmatter. */
  definition: Definition;
  /** The saved value, already checked against the type's value schema; undefined when unanswered. */
  value: Value | undefined;
  /** Called with the whole new value on every edit. */
  onChange: (value: Value) => void;
  /** A prefix unique on the page, for element ids (`${idPrefix}-input`). */
  idPrefix: string;
  /** The rest of the workbook, read-only. */
  context: FieldContext;
}
