/**
 * What a field type's PDF renderer may look up, mirroring the on-screen
 * FieldContext but with no stores: items of other fields, other saved
 * values, today's date and whether the page is printed blank.
 */
import type { FieldRef, RefItem } from '../fields/common';
import type { Block } from './layout/types';

/** What a field's PDF renderer may ask. */
export interface PdfFieldContext {
  /** The items of another field in this cycle (list items, table rows, chosen items). */
  itemsOf: (ref: FieldRef) => RefItem[];
  /** The saved value of a field anywhere in this cycle, unvalidated. */
  rawValueOf: (ref: FieldRef) => unknown;
  /** The saved value of another field on the same worksheet. */
  valueOf: (fieldId: string) => unknown;
  /** Today as YYYY-MM-DD, for Overdue. */
  today: string;
  /** True when printing a blank worksheet: draw lines and boxes to write on, not answers. */
  blank: boolean;
}

/** A field type's PDF renderer: its definition and validated value (undefined when unanswered) → blocks. */
export type FieldPdf<Definition, Value> = (definition: Definition, value: Value | undefined, context: PdfFieldContext) => Block[];
