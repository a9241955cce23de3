/**
 * A table answer as a real table: a caption, column headers (scope="col"),
 * each row named by a row header (scope="row"), only rows and columns that
 * hold something. Wide tables get a class so print can shrink their type;
 * on narrow screens cells stack with their column name (data-label).
 */
import { rowHeading, tableRowsForDisplay } from '../../../fields/table/rows';
import type { TableDefinition, TableValue } from '../../../fields/table/schema';
import type { AnswerProps } from './answer-props';
import { cellText, rowHasAnswers, tableLayout } from './table-cells';

/** Draws the table. */
export function TableAnswer({ definition, value, context }: AnswerProps<TableDefinition, TableValue>) {
  const rows = tableRowsForDisplay(definition, value, context.itemsOf).filter(rowHasAnswers);
  const layout = tableLayout(definition, rows);
  const wide = layout.columns.length > 4 ? ' plan-table--wide' : '';
  const header = (row: (typeof rows)[number], index: number) => {
    const own = layout.headerColumn && row.kind === 'added' ? (row.cells[layout.headerColumn.id] ?? '').trim() : '';
    const name = own || rowHeading(definition, row, index + 1);
    return context.text(row.kind === 'orphan' ? `${name} (no longer listed)` : name);
  };
  return (
    <div class="plan-table-wrap">
      <table class={`plan-table${wide}`}>
        <caption class="visually-hidden">{definition.label}</caption>
        <thead>
          <tr>
            <th scope="col">{layout.headerLabel}</th>
            {layout.columns.map((column) => (
              <th scope="col" key={column.id}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.id}>
              <th scope="row">{header(row, index)}</th>
              {layout.columns.map((column) => (
                <td key={column.id} data-label={column.label}>
                  {cellText(definition, column, row, context)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
