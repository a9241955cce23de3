/** A multi-choice answer: the chosen options as a list, in the order chosen. */
import type { MultiChoiceDefinition } from '../../../fields/multi-choice/schema';
import { itemLabel, type AnswerProps } from './answer-props';
import { offeredOptions } from './ChoiceAnswer';

/** Draws the chosen options. */
export function MultiChoiceAnswer({ definition, value, items, context }: AnswerProps<MultiChoiceDefinition, string[]>) {
  const offered = offeredOptions(definition, items);
  return (
    <ul>
      {value.map((id) => (
        <li key={id}>{context.text(itemLabel(offered, id))}</li>
      ))}
    </ul>
  );
}
