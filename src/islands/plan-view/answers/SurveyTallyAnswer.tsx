/**
 * The pupil pulse: per group, percent favourable per statement and overall.
 * GroupResults never shows a figure for fewer than MIN_GROUP_SIZE responses.
 */
import { GroupResults } from '../../../fields/survey-tally/GroupResults';
import type { SurveyTallyDefinition, SurveyTallyValue } from '../../../fields/survey-tally/schema';
import type { AnswerProps } from './answer-props';

/** Draws each group's results. */
export function SurveyTallyAnswer({ definition, value }: AnswerProps<SurveyTallyDefinition, SurveyTallyValue>) {
  return (
    <div class="plan-tally">
      <p>{`For: ${definition.audience}.`}</p>
      {value.map((group, index) => (
        <GroupResults key={group.id} definition={definition} group={group} index={index} />
      ))}
    </div>
  );
}
