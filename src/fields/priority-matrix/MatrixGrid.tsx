/**
 * The priority matrix drawn as a real table: impact rows (high to low) by
 * effort columns (low to high), each cell naming its quadrant in words and
 * listing the items placed there. At narrow widths the cells stack, each
 * carrying its own row and column words.
 */
import type { RefItem } from '../common';
import { LEVEL_LABELS, MATRIX_LEVELS, QUADRANT_LABELS, cellKey, quadrantOf } from './schema';
import type { MatrixLevel } from './schema';

interface MatrixGridProps {
  /** Items per cell, from placementsByCell. */
  cells: Map<string, RefItem[]>;
  /** The field's label, for the caption. */
  label: string;
}

const IMPACT_ROWS: readonly MatrixLevel[] = [...MATRIX_LEVELS].reverse();

/** The quadrant's words for one cell, e.g. "Quick wins: high impact, low effort". */
export function cellQuadrantText(impact: MatrixLevel, effort: MatrixLevel): string {
  const quadrant = quadrantOf({ impact, effort });
  const words = QUADRANT_LABELS[quadrant];
  return quadrant === 'middle' ? words.name : `${words.name}: ${words.meaning}`;
}

/** Draws the 3×3 grid. */
export function MatrixGrid({ cells, label }: MatrixGridProps) {
  return (
    <div class="matrix__grid-wrap">
      <table class="matrix__grid">
        <caption>{`${label}: where each item sits, by impact (rows) and effort (columns)`}</caption>
        <thead>
          <tr>
            <td class="matrix__corner" />
            {MATRIX_LEVELS.map((effort) => (
              <th scope="col" key={effort}>{`${LEVEL_LABELS[effort]} effort`}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {IMPACT_ROWS.map((impact) => (
            <tr key={impact}>
              <th scope="row">{`${LEVEL_LABELS[impact]} impact`}</th>
              {MATRIX_LEVELS.map((effort) => (
                <MatrixCell key={effort} impact={impact} effort={effort} items={cells.get(cellKey(impact, effort)) ?? []} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="field__note">{`${QUADRANT_LABELS.middle.name}: ${QUADRANT_LABELS.middle.meaning}.`}</p>
    </div>
  );
}

function MatrixCell({ impact, effort, items }: { impact: MatrixLevel; effort: MatrixLevel; items: RefItem[] }) {
  const quadrant = quadrantOf({ impact, effort });
  return (
    <td class={`matrix__cell matrix__cell--${quadrant}`} data-label={`${LEVEL_LABELS[impact]} impact, ${LEVEL_LABELS[effort].toLowerCase()} effort`}>
      <p class="matrix__quadrant">{cellQuadrantText(impact, effort)}</p>
      {items.length === 0 ? (
        <p class="matrix__none">None</p>
      ) : (
        <ul class="matrix__items">
          {items.map((item) => (
            <li key={item.id}>{item.label}</li>
          ))}
        </ul>
      )}
    </td>
  );
}
