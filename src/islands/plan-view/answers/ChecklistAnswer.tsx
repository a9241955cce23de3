/** A checklist answer: every item with "Done" or "Not done" in words, and the count. */
import { countDone, type ChecklistDefinition } from '../../../fields/checklist/schema';
import type { AnswerProps } from './answer-props';

/** Draws the checklist. */
export function ChecklistAnswer({ definition, value }: AnswerProps<ChecklistDefinition, string[]>) {
  const ticked = new Set(value);
  return (
    <>
      <p>{`${countDone(definition, value)} of ${definition.items.length} done.`}</p>
      <ul>
        {definition.items.map((item) => (
          <li key={item.id}>{`${ticked.has(item.id) ? 'Done' : 'Not done'}: ${item.label}`}</li>
        ))}
      </ul>
    </>
  );
}
