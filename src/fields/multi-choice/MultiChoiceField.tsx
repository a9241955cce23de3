/**
 * Multi-choice: checkboxes, from fixed options or another field's items.
 * With a cap (`max`), the unticked boxes are disabled once it is reached and
 * a note says why and how to swap. Saved choices no longer offered (their
 * item was removed) are kept in the value but not counted.
 */
import { OptionInput } from '../choice/OptionInput';
import { emptySourceMessage, resolveOptions } from '../choice/options';
import type { FieldProps } from '../field-type';
import { FieldFrame, hintId } from '../shared/FieldFrame';
import { describeCap, describeChosenCount, toggleChoice } from './schema';
import type { MultiChoiceDefinition, MultiChoiceValue } from './schema';
import './multi-choice.css';

/** Draws one checkbox per option with a running "2 of 3 chosen" count. */
export function MultiChoiceField({ definition, value, onChange, idPrefix, context }: FieldProps<MultiChoiceDefinition, MultiChoiceValue>) {
  const options = resolveOptions(definition, context.itemsOf);
  const { readOnly } = context;
  if (options.length === 0) {
    return (
      <FieldFrame kind="group" idPrefix={idPrefix} label={definition.label} hint={definition.hint}>
        <p class="field__note">{readOnly ? 'There was nothing to choose from.' : emptySourceMessage(definition.optionsFrom)}</p>
      </FieldFrame>
    );
  }
  const chosen = value ?? [];
  const offered = new Set(options.map((option) => option.value));
  const count = chosen.filter((id) => offered.has(id)).length;
  const cap = readOnly ? undefined : describeCap(count, definition.max, definition.maxReason);
  const atCap = definition.max !== undefined && count >= definition.max;
  const ids = { count: `${idPrefix}-count`, cap: `${idPrefix}-cap` };
  return (
    <FieldFrame kind="group" idPrefix={idPrefix} label={definition.label} hint={definition.hint}>
      <div class="choice__options">
        {options.map((option, index) => {
          const isChosen = chosen.includes(option.value);
          return (
            <OptionInput
              key={option.value}
              type="checkbox"
              id={`${idPrefix}-option-${index}`}
              option={option}
              checked={isChosen}
              disabled={readOnly || (atCap && !isChosen)}
              describedBy={[hintId(idPrefix, definition.hint), ids.count, cap ? ids.cap : undefined]}
              onToggle={() => onChange(toggleChoice(chosen, option.value))}
            />
          );
        })}
      </div>
      <div aria-live="polite">
        <p class="field__note multi-choice__count" id={ids.count}>{describeChosenCount(count, definition.max)}</p>
        {cap ? <p class="field__note multi-choice__cap" id={ids.cap}>{cap}</p> : null}
      </div>
      <HiddenChoicesNote hidden={chosen.length - count} />
    </FieldFrame>
  );
}

/** Says how many saved choices are not shown because their items have gone. */
function HiddenChoicesNote({ hidden }: { hidden: number }) {
  if (hidden <= 0) return null;
  const text = hidden === 1 ? 'One earlier choice is not shown because its item is no longer on the list.' : `${hidden} earlier choices are not shown because their items are no longer on the list.`;
  return <p class="field__note">{text}</p>;
}
