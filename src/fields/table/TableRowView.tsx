/**
 * One row of a table: a row header (its name, who added it, and for rows
 * people add to a preset table the naming inputs), a cell per column, and
 * the move and remove buttons. Each cell carries a visible label that CSS
 * shows only when the table stacks into cards on narrow screens.
 */
import { MoveButton } from '../list/ListItemRow';
import type { PendingFocus } from '../list/use-pending-focus';
import { STATUS_VALUES, isOverdue, type StatusValue } from '../status/schema';
import { CellInput } from './TableCell';
import type { CellOption } from './options';
import { cellLabel, rowHeading, type DisplayRow } from './rows';
import type { Column, TableDefinition } from './schema';

/** What a row needs from its table. */
export interface RowContext {
  definition: TableDefinition;
  idPrefix: string;
  readOnly: boolean;
  today: string;
  /** Columns named in the row header of preset rows. */
  headingColumns: readonly Column[];
  /** Every other column, one cell each. */
  bodyColumns: readonly Column[];
  options: ReadonlyMap<string, CellOption[]>;
  peopleListId: string;
  /** The note saying roles keep plans anonymous, for person inputs. */
  peopleNoteId: string;
  /** Whether the table has a column of move and remove buttons. */
  hasActions: boolean;
  register: PendingFocus['register'];
  onCell: (row: DisplayRow, columnId: string, text: string) => void;
  onMove: (id: string, offset: -1 | 1) => void;
  onRemove: (id: string) => void;
}

interface TableRowViewProps {
  context: RowContext;
  row: DisplayRow;
  /** 1-based, counting every row shown. */
  position: number;
  /** For rows people add: first and last among them, for the move buttons. */
  isFirst: boolean;
  isLast: boolean;
}

/** Draws one table row. */
export function TableRowView({ context, row, position, isFirst, isLast }: TableRowViewProps) {
  const { definition, readOnly } = context;
  const heading = rowHeading(definition, row, position);
  const editableHeading = row.kind === 'added' || row.kind === 'orphan' ? context.headingColumns : [];
  const by = row.saved?.by;
  const name = `${definition.rowName} ${position}`;
  return (
    <tr class={`table-field__row table-field__row--${row.kind}`}>
      <th scope="row" class="table-field__row-head">
        <span class="table-field__heading">{heading}</span>
        {by ? <span class="table-field__by">from {by}</span> : null}
        {editableHeading.map((column) => (
          <CellBlock key={column.id} context={context} row={row} column={column} position={position} />
        ))}
      </th>
      {context.bodyColumns.map((column) => (
        <td key={column.id} class={`table-field__cell table-field__cell--${column.type}`}>
          <CellBlock context={context} row={row} column={column} position={position} />
        </td>
      ))}
      {context.hasActions ? (
        <td class="table-field__actions">
          {readOnly || (row.kind !== 'added' && row.kind !== 'orphan') ? null : (
            <div class="table-field__buttons">
              {row.kind === 'added' ? (
                <>
                  <MoveButton label="Move up" name={name} unavailable={isFirst} buttonRef={context.register(`${row.id}:up`)} onPress={() => context.onMove(row.id, -1)} />
                  <MoveButton label="Move down" name={name} unavailable={isLast} buttonRef={context.register(`${row.id}:down`)} onPress={() => context.onMove(row.id, 1)} />
                </>
              ) : null}
              <button type="button" class="button button--secondary button--small" onClick={() => context.onRemove(row.id)}>
                Remove<span class="visually-hidden"> {name}</span>
              </button>
            </div>
          )}
        </td>
      ) : null}
    </tr>
  );
}

interface CellBlockProps {
  context: RowContext;
  row: DisplayRow;
  column: Column;
  position: number;
}

/** One cell's visible label (for stacked cards), its input or fixed text, and any Overdue marker. */
function CellBlock({ context, row, column, position }: CellBlockProps) {
  const { definition, idPrefix } = context;
  const inputId = `${idPrefix}-r${position}-${column.id}`;
  const value = row.cells[column.id] ?? '';
  const cellLabelText = <span class="table-field__cell-label" aria-hidden="true">{column.label}</span>;
  if (row.fixed.includes(column.id)) {
    return (
      <>
        {cellLabelText}
        <span class="table-field__fixed">{value}</span>
      </>
    );
  }
  const overdue = column.type === 'status' && definition.dueColumn !== undefined && isOverdue(asStatus(value), row.cells[definition.dueColumn], context.today);
  const overdueId = `${inputId}-overdue`;
  const describedBy = [column.hint ? `${idPrefix}-hint-${column.id}` : '', column.type === 'person' ? context.peopleNoteId : '', overdue ? overdueId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="table-field__cell-block">
      <label class="table-field__cell-label" for={inputId}>
        {column.label}
      </label>
      {column.hint ? (
        <span class="table-field__cell-hint" aria-hidden="true">
          {column.hint}
        </span>
      ) : null}
      <CellInput
        column={column}
        inputId={inputId}
        label={cellLabel(definition, column, row, position)}
        value={value}
        describedBy={describedBy}
        readOnly={context.readOnly}
        options={context.options.get(column.id) ?? []}
        peopleListId={context.peopleListId}
        inputRef={context.register(`${row.id}:${column.id}`)}
        onValue={(text) => context.onCell(row, column.id, text)}
      />
      {overdue ? (
        <span class="table-field__overdue" id={overdueId}>
          Overdue
        </span>
      ) : null}
    </div>
  );
}

/** The saved text as a status, or undefined when it is not one. */
function asStatus(text: string): StatusValue | undefined {
  return STATUS_VALUES.find((status) => status === text);
}
