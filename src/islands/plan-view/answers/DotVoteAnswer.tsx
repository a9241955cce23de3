/** Dot votes as counts: a table of every item and its dots, most first. */
import { describeDots, type DotVoteDefinition, type DotVoteValue } from '../../../fields/dot-vote/schema';
import type { AnswerProps } from './answer-props';

/** Draws the counts. */
export function DotVoteAnswer({ definition, value, items }: AnswerProps<DotVoteDefinition, DotVoteValue>) {
  const counted = items.map((item) => ({ ...item, dots: value[item.id] ?? 0 })).sort((a, b) => b.dots - a.dots);
  const total = counted.reduce((sum, item) => sum + item.dots, 0);
  return (
    <div class="plan-table-wrap">
      <table class="plan-table">
        <caption class="visually-hidden">{`${definition.label}: dots per item`}</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Dots</th>
          </tr>
        </thead>
        <tbody>
          {counted.map((item) => (
            <tr key={item.id}>
              <th scope="row">{item.label}</th>
              <td data-label="Dots">{describeDots(item.dots)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All items</th>
            <td data-label="Dots">{describeDots(total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
