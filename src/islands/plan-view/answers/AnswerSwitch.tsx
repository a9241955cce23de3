/**
 * Picks the read-only renderer for a field's type, after checking the saved
 * value with readValue. A value that no longer fits its field is shown as
 * saved, as text, so nothing typed is ever hidden from the printed plan.
 */
import type { FieldRef } from '../../../fields/common';
import type { FieldDefinition } from '../../../fields/definitions';
import { readValue } from '../../../fields/values';
import type { AnswerContext } from './answer-props';
import { ChecklistAnswer } from './ChecklistAnswer';
import { ChoiceAnswer } from './ChoiceAnswer';
import { DateAnswer } from './DateAnswer';
import { DotVoteAnswer } from './DotVoteAnswer';
import { IndicatorAnswer } from './IndicatorAnswer';
import { ListAnswer } from './ListAnswer';
import { MultiChoiceAnswer } from './MultiChoiceAnswer';
import { PriorityMatrixAnswer } from './PriorityMatrixAnswer';
import { RatingAnswer } from './RatingAnswer';
import { StatusAnswer } from './StatusAnswer';
import { SurveyTallyAnswer } from './SurveyTallyAnswer';
import { TableAnswer } from './TableAnswer';
import { TextAnswer } from './TextAnswer';

/** The reference a field draws its items from, if any. */
function sourceOf(field: FieldDefinition): FieldRef | undefined {
  if ('itemsFrom' in field) return field.itemsFrom;
  if ('optionsFrom' in field) return field.optionsFrom;
  if ('rowsFrom' in field) return field.rowsFrom;
  return undefined;
}

/** Draws one field's answer as text, tables and lists. */
export function AnswerSwitch({ field, raw, context }: { field: FieldDefinition; raw: unknown; context: AnswerContext }) {
  const read = readValue(field, raw);
  if (read.state === 'empty') return <p>No answer yet.</p>;
  if (read.state === 'unreadable') {
    return (
      <>
        <p>An earlier answer that no longer fits this question, exactly as it was saved:</p>
        <pre class="plan-answer__raw">{context.text(JSON.stringify(read.raw, null, 2))}</pre>
      </>
    );
  }
  const ref = sourceOf(field);
  const items = ref ? context.itemsOf(ref) : [];
  const value = read.value as never;
  const props = { value, items, context };
  switch (field.type) {
    case 'short-text':
    case 'long-text':
      return <TextAnswer definition={field} {...props} />;
    case 'choice':
      return <ChoiceAnswer definition={field} {...props} />;
    case 'multi-choice':
      return <MultiChoiceAnswer definition={field} {...props} />;
    case 'checklist':
      return <ChecklistAnswer definition={field} {...props} />;
    case 'date':
      return <DateAnswer definition={field} {...props} />;
    case 'rating':
      return <RatingAnswer definition={field} {...props} />;
    case 'list':
      return <ListAnswer definition={field} {...props} />;
    case 'table':
      return <TableAnswer definition={field} {...props} />;
    case 'status':
      return <StatusAnswer definition={field} {...props} />;
    case 'priority-matrix':
      return <PriorityMatrixAnswer definition={field} {...props} />;
    case 'dot-vote':
      return <DotVoteAnswer definition={field} {...props} />;
    case 'indicator':
      return <IndicatorAnswer definition={field} {...props} />;
    case 'survey-tally':
      return <SurveyTallyAnswer definition={field} {...props} />;
  }
}
