/**
 * One item's placement: an Impact select and an Effort select, each named
 * with the item so a screen reader hears "Impact for Train lunchtime staff".
 */
import { LEVEL_LABELS, MATRIX_LEVELS } from './schema';
import type { MatrixLevel } from './schema';

/** A placement that may be half chosen. */
export interface DraftPlacement {
  /** Chosen impact, if any. */
  impact?: MatrixLevel | undefined;
  /** Chosen effort, if any. */
  effort?: MatrixLevel | undefined;
}

interface PlacementRowProps {
  /** The item's text. */
  label: string;
  /** Unique id stem for this row's inputs. */
  rowId: string;
  /** What is chosen so far. */
  current: DraftPlacement;
  /** Closed cycle: selects are disabled. */
  readOnly: boolean;
  /** The field hint's id, if any. */
  describedBy?: string | undefined;
  /** Reports a change on one axis (undefined for "Not chosen"). */
  onPick: (axis: 'impact' | 'effort', level: MatrixLevel | undefined) => void;
}

function toLevel(text: string): MatrixLevel | undefined {
  return (MATRIX_LEVELS as readonly string[]).includes(text) ? (text as MatrixLevel) : undefined;
}

/** Draws the two selects for one item. */
export function PlacementRow({ label, rowId, current, readOnly, onPick, describedBy }: PlacementRowProps) {
  const half = (current.impact === undefined) !== (current.effort === undefined);
  return (
    <li class="matrix__row">
      <p class="matrix__item-name">{label}</p>
      <div class="matrix__selects">
        {(['impact', 'effort'] as const).map((axis) => {
          const id = `${rowId}-${axis}`;
          return (
            <div class="matrix__select" key={axis}>
              <label for={id}>
                {axis === 'impact' ? 'Impact' : 'Effort'}
                <span class="visually-hidden">{` for ${label}`}</span>
              </label>
              <select
                id={id}
                value={current[axis] ?? ''}
                disabled={readOnly}
                aria-describedby={describedBy}
                onChange={(event) => onPick(axis, toLevel((event.currentTarget as HTMLSelectElement).value))}
              >
                <option value="">Not chosen</option>
                {MATRIX_LEVELS.map((level) => (
                  <option value={level} key={level}>
                    {LEVEL_LABELS[level]}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
      {half && !readOnly ? <p class="field__note">{`Choose both impact and effort to place it on the grid.`}</p> : null}
    </li>
  );
}
