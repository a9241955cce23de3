/**
 * Whether a field has a meaningful answer, for the cycle dashboard. Each
 * field type says what "answered" means in its own schema.ts; this only
 * checks the value first and dispatches.
 */
import * as checklist from './checklist/schema';
import * as choice from './choice/schema';
import * as date from './date/schema';
import type { FieldDefinition } from './definitions';
import * as dotVote from './dot-vote/schema';
import * as indicator from './indicator/schema';
import * as list from './list/schema';
import * as longText from './long-text/schema';
import * as multiChoice from './multi-choice/schema';
import * as priorityMatrix from './priority-matrix/schema';
import * as rating from './rating/schema';
import * as shortText from './short-text/schema';
import * as status from './status/schema';
import * as surveyTally from './survey-tally/schema';
import * as table from './table/schema';
import { readValue } from './values';

// Each type's isAnswered, taking the value its own schema checked.
const ANSWERED: Record<FieldDefinition['type'], (value: never) => boolean> = {
  'short-text': shortText.isAnswered,
  'long-text': longText.isAnswered,
  choice: choice.isAnswered,
  'multi-choice': multiChoice.isAnswered,
  checklist: checklist.isAnswered,
  date: date.isAnswered,
  rating: rating.isAnswered,
  list: list.isAnswered,
  table: table.isAnswered,
  status: status.isAnswered,
  'priority-matrix': priorityMatrix.isAnswered,
  'dot-vote': dotVote.isAnswered,
  indicator: indicator.isAnswered,
  'survey-tally': surveyTally.isAnswered,
};

/** True when a saved value fits its field and says something. */
export function isFieldAnswered(field: FieldDefinition, raw: unknown): boolean {
  const read = readValue(field, raw);
  if (read.state !== 'ok') return read.state === 'unreadable';
  return ANSWERED[field.type](read.value as never);
}
