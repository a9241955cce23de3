/** The "Most dots" summary: items with dots, most first, ties sharing a place and saying so. */
import type { RefItem } from '../common';
import { describeDots, rankByDots } from './schema';
import type { DotVoteValue } from './schema';

/** Joins names as "A, B and C". */
function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/** Draws the ranked list, or says there are no dots yet. */
export function MostDots({ items, value, headingId }: { items: readonly RefItem[]; value: DotVoteValue | undefined; headingId: string }) {
  const ranks = rankByDots(items, value);
  return (
    <div class="dots__summary">
      <p class="dots__summary-heading" id={headingId}>
        Most dots
      </p>
      {ranks.length === 0 ? (
        <p class="field__note">No dots yet.</p>
      ) : (
        <ol class="dots__ranks" aria-labelledby={headingId}>
          {ranks.map((rank) => (
            <li key={rank.total}>
              {`${describeDots(rank.total)}: ${joinNames(rank.items.map((item) => item.label))}${rank.items.length > 1 ? ` (a tie between ${rank.items.length})` : ''}`}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
