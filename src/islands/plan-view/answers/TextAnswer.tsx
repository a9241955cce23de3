/** Short and long text answers: paragraphs, with line breaks kept. */
import type { LongTextDefinition } from '../../../fields/long-text/schema';
import type { ShortTextDefinition } from '../../../fields/short-text/schema';
import type { AnswerProps } from './answer-props';

/** Splits text into paragraphs at blank lines. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Draws text as paragraphs; single line breaks are kept by the stylesheet. */
export function TextAnswer({ value, context }: AnswerProps<ShortTextDefinition | LongTextDefinition, string>) {
  return (
    <div class="plan-answer__text">
      {paragraphs(context.text(value)).map((part, index) => (
        <p key={index}>{part}</p>
      ))}
    </div>
  );
}
