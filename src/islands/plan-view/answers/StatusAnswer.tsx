/** A status answer in words (never colour alone), with Overdue worked out from its due date. */
import { StatusBadge } from '../../../fields/status/StatusBadge';
import { dueDateFrom, isOverdue, type StatusDefinition, type StatusValue } from '../../../fields/status/schema';
import type { AnswerProps } from './answer-props';

/** Draws the status. */
export function StatusAnswer({ definition, value, context }: AnswerProps<StatusDefinition, StatusValue>) {
  const due = definition.dueField ? dueDateFrom(context.valueOf(definition.dueField)) : undefined;
  return (
    <p>
      <StatusBadge status={value} overdue={isOverdue(value, due, context.today)} due={due} />
    </p>
  );
}
