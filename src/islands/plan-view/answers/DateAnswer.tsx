/** A date answer, in words ("Tuesday 3 March 2026"). */
import type { DateDefinition } from '../../../fields/date/schema';
import { formatDateInWords } from '../../../lib/dates';
import type { AnswerProps } from './answer-props';

/** Draws the date. */
export function DateAnswer({ value }: AnswerProps<DateDefinition, string>) {
  return <p>{formatDateInWords(value) ?? value}</p>;
}
