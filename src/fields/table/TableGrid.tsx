/**
 * The <table> itself: a caption, column headers (with their hints, which
 * inputs point to), the rows, and any orphaned rows in their own group
 * under "No longer in the source list".
 */
import { TableRowView, type RowContext } from './TableRowView';
import { capitalise, type DisplayRow } from './rows';

interface TableGridProps {
  context: RowContext;
  rows: readonly DisplayRow[];
  caption: string;
  /** The field hint's id, if any. */
  describedBy: string | undefined;
}

/** Draws the table; CSS stacks it into cards in narrow containers. */
export function TableGrid({ context, rows, caption, describedBy }: TableGridProps) {
  const { definition, idPrefix, headingColumns, bodyColumns } = context;
  const added = rows.filter((row) => row.kind === 'added');
  const current = rows.filter((row) => row.kind !== 'orphan');
  const orphans = rows.filter((row) => row.kind === 'orphan');
  const columnCount = 1 + bodyColumns.length + (context.hasActions ? 1 : 0);
  const headLabel = headingColumns.length > 0 ? headingColumns.map((column) => column.label).join(' — ') : capitalise(definition.rowName);
  const renderRow = (row: DisplayRow) => (
    <TableRowView key={row.id} context={context} row={row} position={rows.indexOf(row) + 1} isFirst={added[0] === row} isLast={added[added.length - 1] === row} />
  );
  return (
    <div class={`table-field${definition.columns.length >= 5 ? ' table-field--many' : ''}`}>
      <table class="table-field__table" aria-describedby={describedBy}>
        <caption class="visually-hidden">{caption}</caption>
        <thead class="table-field__head">
          <tr>
            <th scope="col">
              {headLabel}
              {headingColumns.map((column) =>
                column.hint ? (
                  <span class="table-field__col-hint" id={`${idPrefix}-hint-${column.id}`} key={column.id}>
                    {column.hint}
                  </span>
                ) : null,
              )}
            </th>
            {bodyColumns.map((column) => (
              <th scope="col" key={column.id}>
                {column.label}
                {column.hint ? (
                  <span class="table-field__col-hint" id={`${idPrefix}-hint-${column.id}`}>
                    {column.hint}
                  </span>
                ) : null}
              </th>
            ))}
            {context.hasActions ? (
              <th scope="col">
                <span class="visually-hidden">Move or remove</span>
              </th>
            ) : null}
          </tr>
        </thead>
        {current.length > 0 ? <tbody>{current.map(renderRow)}</tbody> : null}
        {orphans.length > 0 ? (
          <tbody class="table-field__orphans">
            <tr>
              <th scope="rowgroup" colSpan={columnCount} class="table-field__group-head">
                No longer in the source list
                <span class="table-field__group-note">What you typed is kept. Remove a row when you no longer need it.</span>
              </th>
            </tr>
            {orphans.map(renderRow)}
          </tbody>
        ) : null}
      </table>
    </div>
  );
}
