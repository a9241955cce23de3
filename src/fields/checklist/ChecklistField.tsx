/**
 * Checklist: things to tick off, with a running "3 of 5 done" count that
 * is announced politely as boxes are ticked.
 */
import type { FieldProps } from '../field-type';
import { FieldFrame, hintId } from '../shared/FieldFrame';
import { countDone, toggleItem } from './schema';
import type { ChecklistDefinition, ChecklistValue } from './schema';
import './checklist.css';

/** Draws one checkbox per checklist item and how many are done. */
export function ChecklistField({ definition, value, onChange, idPrefix, context }: FieldProps<ChecklistDefinition, ChecklistValue>) {
  const ticked = value ?? [];
  const done = countDone(definition, ticked);
  const total = definition.items.length;
  const countId = `${idPrefix}-count`;
  const fieldHint = hintId(idPrefix, definition.hint);
  return (
    <FieldFrame kind="group" idPrefix={idPrefix} label={definition.label} hint={definition.hint}>
      <ul class="checklist__items">
        {definition.items.map((item) => {
          const id = `${idPrefix}-item-${item.id}`;
          const itemHintId = item.hint ? `${id}-hint` : undefined;
          return (
            <li class="checklist__item" key={item.id}>
              <label class="field__choice" for={id}>
                <input
                  type="checkbox"
                  id={id}
                  checked={ticked.includes(item.id)}
                  disabled={context.readOnly}
                  aria-describedby={[fieldHint, itemHintId, countId].filter(Boolean).join(' ')}
                  onChange={() => onChange(toggleItem(definition, ticked, item.id))}
                />
                <span>{item.label}</span>
              </label>
              {item.hint ? <p class="checklist__item-hint" id={itemHintId}>{item.hint}</p> : null}
            </li>
          );
        })}
      </ul>
      <p class="field__note checklist__count" id={countId} aria-live="polite">
        {`${done} of ${total} done`}
      </p>
    </FieldFrame>
  );
}
