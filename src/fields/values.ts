/**
 * Reading saved values safely. A saved value that no longer fits its
 * field's type (for example after a worksheet changed) is never thrown away:
 * `readValue` reports it so the page can show it as text next to the field.
 */
import type * as z from 'zod/mini';
import { ChecklistValueSchema } from './checklist/schema';
import { ChoiceValueSchema } from './choice/schema';
import { DateValueSchema } from './date/schema';
import type { FieldDefinition, FieldTypeName } from './definitions';
import { DotVoteValueSchema } from './dot-vote/schema';
import { IndicatorDefineValueSchema, IndicatorFollowUpValueSchema } from './indicator/schema';
import { ListValueSchema } from './list/schema';
import { LongTextValueSchema } from './long-text/schema';
import { MultiChoiceValueSchema } from './multi-choice/schema';
import { PriorityMatrixValueSchema } from './priority-matrix/schema';
import { RatingValueSchema } from './rating/schema';
import { ShortTextValueSchema } from './short-text/schema';
import { StatusValueSchema } from './status/schema';
import { SurveyTallyValueSchema } from './survey-tally/schema';
import { TableValueSchema } from './table/schema';

const VALUE_SCHEMAS: Record<Exclude<FieldTypeName, 'indicator'>, z.ZodMiniType> = {
  'short-text': ShortTextValueSchema,
  'long-text': LongTextValueSchema,
  choice: ChoiceValueSchema,
  'multi-choice': MultiChoiceValueSchema,
  checklist: ChecklistValueSchema,
  date: DateValueSchema,
  rating: RatingValueSchema,
  list: ListValueSchema,
  table: TableValueSchema,
  status: StatusValueSchema,
  'priority-matrix': PriorityMatrixValueSchema,
  'dot-vote': DotVoteValueSchema,
  'survey-tally': SurveyTallyValueSchema,
};

/** The schema a field's saved value must fit. */
export function valueSchemaFor(definition: FieldDefinition): z.ZodMiniType {
  if (definition.type === 'indicator') return definition.mode === 'follow-up' ? IndicatorFollowUpValueSchema : IndicatorDefineValueSchema;
  return VALUE_SCHEMAS[definition.type];
}

/** A saved value read for a field: usable, absent, or present but unreadable (kept, shown as text). */
export type ReadValue = { state: 'ok'; value: unknown } | { state: 'empty' } | { state: 'unreadable'; raw: unknown };

/** Checks a saved value against its field's type without ever discarding it. */
export function readValue(definition: FieldDefinition, raw: unknown): ReadValue {
  if (raw === undefined || raw === null) return { state: 'empty' };
  const parsed = valueSchemaFor(definition).safeParse(raw);
  return parsed.success ? { state: 'ok', value: parsed.data } : { state: 'unreadable', raw };
}
