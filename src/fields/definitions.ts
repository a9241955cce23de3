/**
 * Every field type's definition schema, as one union on `type`. The
 * worksheet collection validates frontmatter with it, so an unknown type or
 * a malformed field stops the build with the file and field named.
 * Adding a field type: add its folder under src/fields/ and one line here
 * and in components.ts.
 */
import * as z from 'zod/mini';
import { ChecklistDefinitionSchema } from './checklist/schema';
import { ChoiceDefinitionSchema } from './choice/schema';
import { DateDefinitionSchema } from './date/schema';
import { DotVoteDefinitionSchema } from './dot-vote/schema';
import { IndicatorDefinitionSchema } from './indicator/schema';
import { ListDefinitionSchema } from './list/schema';
import { LongTextDefinitionSchema } from './long-text/schema';
import { MultiChoiceDefinitionSchema } from './multi-choice/schema';
import { PriorityMatrixDefinitionSchema } from './priority-matrix/schema';
import { RatingDefinitionSchema } from './rating/schema';
import { ShortTextDefinitionSchema } from './short-text/schema';
import { StatusDefinitionSchema } from './status/schema';
import { SurveyTallyDefinitionSchema } from './survey-tally/schema';
import { TableDefinitionSchema } from './table/schema';

/** One field of a worksheet, of any type. */
export const FieldDefinitionSchema = z.discriminatedUnion('type', [
  ShortTextDefinitionSchema,
  LongTextDefinitionSchema,
  ChoiceDefinitionSchema,
  MultiChoiceDefinitionSchema,
  ChecklistDefinitionSchema,
  DateDefinitionSchema,
  RatingDefinitionSchema,
  ListDefinitionSchema,
  TableDefinitionSchema,
  StatusDefinitionSchema,
  PriorityMatrixDefinitionSchema,
  DotVoteDefinitionSchema,
  IndicatorDefinitionSchema,
  SurveyTallyDefinitionSchema,
]);
/** One field of a worksheet, of any type. */
export type FieldDefinition = z.infer<typeof FieldDefinitionSchema>;

/** The name of a field type, such as "short-text". */
export type FieldTypeName = FieldDefinition['type'];

/** Every field type name, for documentation and the fixture test. */
export const FIELD_TYPE_NAMES = FieldDefinitionSchema.def.options.map((option) => option.shape.type.def.values[0]) as FieldTypeName[];
