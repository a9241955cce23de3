/**
 * Draws any field by its type. The one place that knows every field
 * component; adding a field type adds one case here (and one schema line in
 * definitions.ts). Values reach here already checked against the type's
 * value schema (see values.ts), so the casts below only restore the type
 * that the check proved.
 */
import { ChecklistField } from './checklist/ChecklistField';
import type { ChecklistValue } from './checklist/schema';
import { ChoiceField } from './choice/ChoiceField';
import type { ChoiceValue } from './choice/schema';
import { DateField } from './date/DateField';
import type { DateValue } from './date/schema';
import type { FieldDefinition } from './definitions';
import { DotVoteField } from './dot-vote/DotVoteField';
import type { DotVoteValue } from './dot-vote/schema';
import type { FieldContext } from './field-type';
import { IndicatorField } from './indicator/IndicatorField';
import { ListField } from './list/ListField';
import type { ListValue } from './list/schema';
import { LongTextField } from './long-text/LongTextField';
import { MultiChoiceField } from './multi-choice/MultiChoiceField';
import type { MultiChoiceValue } from './multi-choice/schema';
import { PriorityMatrixField } from './priority-matrix/PriorityMatrixField';
import type { PriorityMatrixValue } from './priority-matrix/schema';
import { RatingField } from './rating/RatingField';
import type { RatingValue } from './rating/schema';
import { ShortTextField } from './short-text/ShortTextField';
import { StatusField } from './status/StatusField';
import type { StatusValue } from './status/schema';
import { SurveyTallyField } from './survey-tally/SurveyTallyField';
import type { SurveyTallyValue } from './survey-tally/schema';
import { TableField } from './table/TableField';
import type { TableValue } from './table/schema';

/** Props for drawing one field of any type. */
export interface FieldSwitchProps {
  /** The field's definition. */
  definition: FieldDefinition;
  /** Its checked value, or undefined when unanswered. */
  value: unknown;
  /** Receives the whole new value. */
  onChange: (value: unknown) => void;
  /** Unique id prefix. */
  idPrefix: string;
  /** The rest of the workbook. */
  context: FieldContext;
}

/** Draws the component for `definition.type`. */
export function FieldSwitch({ definition, value, onChange, idPrefix, context }: FieldSwitchProps) {
  const common = { onChange, idPrefix, context };
  switch (definition.type) {
    case 'short-text':
      return <ShortTextField {...common} definition={definition} value={value as string | undefined} />;
    case 'long-text':
      return <LongTextField {...common} definition={definition} value={value as string | undefined} />;
    case 'choice':
      return <ChoiceField {...common} definition={definition} value={value as ChoiceValue | undefined} />;
    case 'multi-choice':
      return <MultiChoiceField {...common} definition={definition} value={value as MultiChoiceValue | undefined} />;
    case 'checklist':
      return <ChecklistField {...common} definition={definition} value={value as ChecklistValue | undefined} />;
    case 'date':
      return <DateField {...common} definition={definition} value={value as DateValue | undefined} />;
    case 'rating':
      return <RatingField {...common} definition={definition} value={value as RatingValue | undefined} />;
    case 'list':
      return <ListField {...common} definition={definition} value={value as ListValue | undefined} />;
    case 'table':
      return <TableField {...common} definition={definition} value={value as TableValue | undefined} />;
    case 'status':
      return <StatusField {...common} definition={definition} value={value as StatusValue | undefined} />;
    case 'priority-matrix':
      return <PriorityMatrixField {...common} definition={definition} value={value as PriorityMatrixValue | undefined} />;
    case 'dot-vote':
      return <DotVoteField {...common} definition={definition} value={value as DotVoteValue | undefined} />;
    case 'indicator':
      return <IndicatorField {...common} definition={definition} value={value as never} />;
    case 'survey-tally':
      return <SurveyTallyField {...common} definition={definition} value={value as SurveyTallyValue | undefined} />;
  }
}
