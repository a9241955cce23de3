/**
 * Status: where an action stands, chosen from the five statuses. Overdue is
 * never chosen: when `dueField` names a date field whose date has passed and
 * the status is not Done, the field says so in words.
 */
import type { FieldProps } from '../field-type';
import { FieldFrame, hintId } from '../shared/FieldFrame';
import { OverdueBadge, StatusShape } from './StatusBadge';
import { STATUS_LABELS, STATUS_VALUES, dueDateFrom, isOverdue } from './schema';
import type { StatusDefinition, StatusValue } from './schema';
import './status.css';

/** Draws the five statuses as radio buttons, and Overdue (with the due date) when it applies. */
export function StatusField({ definition, value, onChange, idPrefix, context }: FieldProps<StatusDefinition, StatusValue>) {
  const due = definition.dueField ? dueDateFrom(context.valueOf(definition.dueField)) : undefined;
  const overdue = isOverdue(value, due, context.today);
  const overdueId = `${idPrefix}-overdue`;
  const describedBy = [hintId(idPrefix, definition.hint), overdue ? overdueId : undefined].filter(Boolean).join(' ');
  return (
    <FieldFrame kind="group" idPrefix={idPrefix} label={definition.label} hint={definition.hint}>
      <div class="status__options">
        {STATUS_VALUES.map((status) => {
          const id = `${idPrefix}-${status}`;
          return (
            <label class="field__choice status__option" for={id} key={status}>
              <input
                type="radio"
                id={id}
                name={`${idPrefix}-status`}
                value={status}
                checked={value === status}
                disabled={context.readOnly}
                aria-describedby={describedBy || undefined}
                onChange={() => onChange(status)}
              />
              <span class={`status-badge status-badge--${status}`}>
                <StatusShape kind={status} />
                <span>{STATUS_LABELS[status]}</span>
              </span>
            </label>
          );
        })}
      </div>
      <div aria-live="polite">
        {overdue ? (
          <p class="field__note status__overdue" id={overdueId}>
            <OverdueBadge due={due} />
            <span class="status__overdue-advice">Not done by its due date. Update the status, or change the due date if the plan has changed.</span>
          </p>
        ) : null}
      </div>
      {context.readOnly && value === undefined ? <p class="field__note">No status was given.</p> : null}
    </FieldFrame>
  );
}
