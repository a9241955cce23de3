/** A list answer: its items as a bulleted list (blank items left out). */
import type { ListDefinition, ListValue } from '../../../fields/list/schema';
import type { AnswerProps } from './answer-props';

/** Draws the list. */
export function ListAnswer({ value, context }: AnswerProps<ListDefinition, ListValue>) {
  return (
    <ul>
      {value
        .filter((item) => item.text.trim() !== '')
        .map((item) => (
          <li key={item.id}>{context.text(item.text.trim())}</li>
        ))}
    </ul>
  );
}
