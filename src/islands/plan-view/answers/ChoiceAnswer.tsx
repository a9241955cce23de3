/** A choice answer: the chosen option's words. */
import type { ChoiceDefinition } from '../../../fields/choice/schema';
import { itemLabel, type AnswerProps } from './answer-props';

/** The options a choice or multi-choice offers, as items. */
export function offeredOptions(definition: { options?: { value: string; label: string }[] | undefined }, items: AnswerProps<unknown, unknown>['items']) {
  return definition.options ? definition.options.map((option) => ({ id: option.value, label: option.label })) : items;
}

/** Draws the chosen option. */
export function ChoiceAnswer({ definition, value, items, context }: AnswerProps<ChoiceDefinition, string>) {
  return <p>{context.text(itemLabel(offeredOptions(definition, items), value))}</p>;
}
