/** The priority matrix as a labelled 3×3 grid table, with unplaced items listed after it. */
import '../../../fields/priority-matrix/priority-matrix.css';
import { MatrixGrid } from '../../../fields/priority-matrix/MatrixGrid';
import { placementsByCell, type PriorityMatrixDefinition, type PriorityMatrixValue } from '../../../fields/priority-matrix/schema';
import type { AnswerProps } from './answer-props';

/** Draws the grid. */
export function PriorityMatrixAnswer({ definition, value, items }: AnswerProps<PriorityMatrixDefinition, PriorityMatrixValue>) {
  const { cells, unplaced } = placementsByCell(items, value);
  return (
    <div class="plan-matrix">
      <MatrixGrid cells={cells} label={definition.label} />
      {unplaced.length > 0 && <p>{`Not placed yet: ${unplaced.map((item) => item.label).join('; ')}.`}</p>}
    </div>
  );
}
