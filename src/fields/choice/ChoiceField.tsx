/**
 * Choice: one option, as radio buttons. Options come from the definition or
 * from another field's items; when that field has none yet, the field says
 * where to add them. A chosen option can be cleared again ('' is saved).
 */
import type { FieldProps } from '../field-type';
import { FieldFrame, hintId } from '../shared/FieldFrame';
import { OptionInput } from './OptionInput';
import { emptySourceMessage, resolveOptions } from './options';
import type { ChoiceDefinition, ChoiceValue } from './schema';
import './choice.css';

/** Draws one radio button per option, plus "Clear choice" once something is chosen. */
export function ChoiceField({ definition, value, onChange, idPrefix, context }: FieldProps<ChoiceDefinition, ChoiceValue>) {
  const options = resolveOptions(definition, context.itemsOf);
  const chosen = value ?? '';
  const { readOnly } = context;
  const optionId = (index: number) => `${idPrefix}-option-${index}`;
  const clear = () => {
    onChange('');
    // The Clear button disappears, so move focus back into the group.
    document.getElementById(optionId(0))?.focus();
  };
  const stale = chosen !== '' && !options.some((option) => option.value === chosen);
  return (
    <FieldFrame kind="group" idPrefix={idPrefix} label={definition.label} hint={definition.hint}>
      {options.length === 0 ? <p class="field__note">{readOnly ? 'There was nothing to choose from.' : emptySourceMessage(definition.optionsFrom)}</p> : null}
      <div class="choice__options">
        {options.map((option, index) => (
          <OptionInput
            key={option.value}
            type="radio"
            id={optionId(index)}
            name={`${idPrefix}-choice`}
            option={option}
            checked={option.value === chosen}
            disabled={readOnly}
            describedBy={[hintId(idPrefix, definition.hint)]}
            onToggle={() => onChange(option.value)}
          />
        ))}
      </div>
      {stale ? <p class="field__note">The earlier choice is no longer on the list, perhaps because its item was removed. Choose again if you need to.</p> : null}
      {readOnly && chosen === '' && options.length > 0 ? <p class="field__note">Nothing was chosen.</p> : null}
      {!readOnly && chosen !== '' ? (
        <button type="button" class="button button--secondary button--small choice__clear" onClick={clear}>
          Clear choice
        </button>
      ) : null}
    </FieldFrame>
  );
}
