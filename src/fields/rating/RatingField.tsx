/**
 * Rating: one point on a scale. Every level shows its number and its words
 * ("2 – Sometimes"), so the scale never relies on position or colour alone.
 * The saved value is the level's number, 1 for the first.
 */
import type { FieldProps } from '../field-type';
import { FieldFrame, hintId } from '../shared/FieldFrame';
import { describeLevel } from './schema';
import type { RatingDefinition, RatingValue } from './schema';
import './rating.css';

/** Draws the scale as a group of radio buttons, lowest level first. */
export function RatingField({ definition, value, onChange, idPrefix, context }: FieldProps<RatingDefinition, RatingValue>) {
  const fieldHint = hintId(idPrefix, definition.hint);
  const offScale = value !== undefined && describeLevel(definition.levels, value) === undefined;
  return (
    <FieldFrame kind="group" idPrefix={idPrefix} label={definition.label} hint={definition.hint}>
      <div class="rating__levels">
        {definition.levels.map((_, index) => {
          const level = index + 1;
          const id = `${idPrefix}-level-${level}`;
          return (
            <label class="field__choice rating__level" for={id} key={level}>
              <input
                type="radio"
                id={id}
                name={`${idPrefix}-rating`}
                value={String(level)}
                checked={value === level}
                disabled={context.readOnly}
                aria-describedby={fieldHint}
                onChange={() => onChange(level)}
              />
              <span>{describeLevel(definition.levels, level)}</span>
            </label>
          );
        })}
      </div>
      {offScale ? <p class="field__note">{`The saved rating, ${value}, is no longer on this scale. Choose again if you need to.`}</p> : null}
      {context.readOnly && value === undefined ? <p class="field__note">No rating was given.</p> : null}
    </FieldFrame>
  );
}
