/**
 * One item in a dot vote: "−" and "+" buttons around its total, shown as a
 * number and as a row of dots (the dots are decoration, hidden from screen
 * readers). At zero, "−" is marked unavailable but stays focusable, so
 * focus is never lost from under a keyboard user.
 */
import { MAX_DOTS } from './schema';

interface DotRowProps {
  /** The item's text. */
  label: string;
  /** Its dots. */
  count: number;
  /** Closed cycle: totals only, no buttons. */
  readOnly: boolean;
  /** Reports the new total. */
  onSet: (count: number) => void;
  /** Ids of the hints that explain the vote, for the "+" button. */
  describedBy?: string | undefined;
}

/** How many dots are drawn before the rest are summarised. */
const DOTS_DRAWN = 20;

/** Draws one item's buttons and total. */
export function DotRow({ label, count, readOnly, onSet, describedBy }: DotRowProps) {
  const atZero = count <= 0;
  const atMax = count >= MAX_DOTS;
  const dots = '●'.repeat(Math.min(count, DOTS_DRAWN)) + (count > DOTS_DRAWN ? ' …' : '');
  return (
    <li class="dots__row">
      <span class="dots__item">{label}</span>
      <span class="dots__controls">
        {readOnly ? null : (
          <button
            type="button"
            class="button button--secondary icon-button dots__button"
            aria-label={`Remove a dot from ${label}`}
            aria-disabled={atZero ? 'true' : undefined}
            onClick={() => (atZero ? undefined : onSet(count - 1))}
          >
            −
          </button>
        )}
        <span class="dots__total">
          {count}
          <span class="visually-hidden">{count === 1 ? ' dot' : ' dots'}</span>
        </span>
        {readOnly ? null : (
          <button
            type="button"
            class="button button--secondary icon-button dots__button"
            aria-label={`Add a dot to ${label}`}
            aria-describedby={describedBy}
            aria-disabled={atMax ? 'true' : undefined}
            onClick={() => (atMax ? undefined : onSet(count + 1))}
          >
            +
          </button>
        )}
        <span class="dots__dots" aria-hidden="true">
          {dots}
        </span>
      </span>
    </li>
  );
}
