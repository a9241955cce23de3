/** A rating answer: the level's number and words, and the size of the scale. */
import { describeLevel, type RatingDefinition } from '../../../fields/rating/schema';
import type { AnswerProps } from './answer-props';

/** Draws the rating. */
export function RatingAnswer({ definition, value }: AnswerProps<RatingDefinition, number>) {
  const words = describeLevel(definition.levels, value) ?? String(value);
  return <p>{`${words} (on a scale of 1 to ${definition.levels.length})`}</p>;
}
