/** What the field component tests share. */
import type { FieldContext } from '../../../src/fields/field-type';

/** A field context with nothing in the rest of the workbook; `overrides` set what a test needs. */
export function fieldContext(overrides: Partial<FieldContext> = {}): FieldContext {
  return { itemsOf: () => [], people: [], today: '2026-03-10', readOnly: false, valueOf: () => undefined, ...overrides };
}
