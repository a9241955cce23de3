/**
 * Table: rows of typed columns. Rows are preset, drawn one per item of
 * another field, or added by people (moved and removed with undo). Wide
 * containers show a real table; below about 40rem (64rem for five or more
 * columns) CSS stacks each row into a card with a label on every input —
 * the same DOM either way.
 */
import type { FieldContext, FieldProps } from '../field-type';
import { RemovedNotice } from '../list/RemovedNotice';
import { shortText } from '../list/reorder';
import { useRowChanges } from '../list/use-row-changes';
import { FieldFrame, hintId } from '../shared/FieldFrame';
import { newId } from '../../lib/ids';
import { TableGrid } from './TableGrid';
import type { RowContext } from './TableRowView';
import { columnOptions } from './options';
import { headingColumnIds, tableRowsForDisplay, withCell, type DisplayRow } from './rows';
import type { TableDefinition, TableValue } from './schema';
import './table.css';

/** Draws a table field. */
export function TableField({ definition, value, onChange, idPrefix, context }: FieldProps<TableDefinition, TableValue>) {
  const saved = value ?? [];
  const { readOnly } = context;
  const rows = tableRowsForDisplay(definition, value, context.itemsOf);
  const headingIds = headingColumnIds(definition);
  const headingColumns = definition.columns.filter((column) => headingIds.includes(column.id));
  const bodyColumns = definition.columns.filter((column) => !headingIds.includes(column.id));
  const firstInput = headingColumns[0] ?? bodyColumns[0];
  const changes = useRowChanges(saved, onChange, (id) => `${id}:${firstInput?.id ?? ''}`);
  const hasSource = Boolean(definition.presetRows?.length) || Boolean(definition.rowsFrom);
  const canAdd = !readOnly && (definition.allowAddRows ?? !hasSource);
  const nameOf = (row: DisplayRow) => {
    const text = row.heading || (firstInput ? (row.cells[firstInput.id] ?? '').trim() : '');
    return text ? `‘${shortText(text)}’` : `${definition.rowName} ${rows.indexOf(row) + 1}`;
  };
  const move = (id: string, offset: -1 | 1) => {
    const added = rows.filter((row) => row.kind === 'added');
    const at = added.findIndex((row) => row.id === id);
    const moving = added[at];
    const other = added[at + offset];
    if (moving && other) changes.move(id, other.id, offset, `Moved ${nameOf(moving)} to position ${at + offset + 1} of ${added.length}.`);
  };
  const rowContext: RowContext = {
    ...tableContext(definition, context, idPrefix),
    headingColumns,
    bodyColumns,
    hasActions: !readOnly && rows.some((row) => row.kind === 'added' || row.kind === 'orphan'),
    register: changes.focus.register,
    onCell: (row, columnId, text) => onChange(withCell(value, row, columnId, text)),
    onMove: move,
    onRemove: (id) => {
      const row = rows.find((candidate) => candidate.id === id);
      if (row) changes.remove(id, nameOf(row));
    },
  };

  return (
    <FieldFrame kind="group" idPrefix={idPrefix} label={definition.label} hint={definition.hint}>
      {rows.length === 0 ? (
        <p class="table-field__empty">{emptyText(definition, readOnly, canAdd)}</p>
      ) : (
        <TableGrid context={rowContext} rows={rows} caption={definition.label} describedBy={hintId(idPrefix, definition.hint)} />
      )}
      <PeopleHelp definition={definition} people={context.people} rowContext={rowContext} />
      {readOnly ? null : (
        <RemovedNotice removedMessage={changes.removedMessage} onUndo={changes.undo} undoRef={changes.focus.register('undo')} announcement={changes.announcement} />
      )}
      {canAdd ? (
        <button
          type="button"
          class="button button--secondary table-field__add"
          onClick={() => changes.add({ id: newId(), cells: {}, ...(context.contributor ? { by: context.contributor } : {}) })}
        >
          Add {definition.rowName}
        </button>
      ) : null}
    </FieldFrame>
  );
}

/** The parts of a row's context that depend only on the definition and the workbook. */
function tableContext(definition: TableDefinition, context: FieldContext, idPrefix: string) {
  return {
    definition,
    idPrefix,
    readOnly: context.readOnly,
    today: context.today,
    options: new Map(definition.columns.map((column) => [column.id, columnOptions(column, context.itemsOf)])),
    peopleListId: `${idPrefix}-people`,
    peopleNoteId: `${idPrefix}-people-note`,
  };
}

interface PeopleHelpProps {
  definition: TableDefinition;
  people: readonly string[];
  rowContext: RowContext;
}

/** For tables with a person column: the note about roles, and the team's names or roles to pick from. */
function PeopleHelp({ definition, people, rowContext }: PeopleHelpProps) {
  if (!definition.columns.some((column) => column.type === 'person')) return null;
  return (
    <>
      <p class="field__note" id={rowContext.peopleNoteId}>
        Roles such as “class teacher” keep the plan anonymous; names are optional.
      </p>
      <datalist id={rowContext.peopleListId}>
        {people.map((person) => (
          <option key={person} value={person} />
        ))}
      </datalist>
    </>
  );
}

/** What an empty table says. */
function emptyText(definition: TableDefinition, readOnly: boolean, canAdd: boolean): string {
  if (readOnly) return 'Nothing was added.';
  if (definition.rowsFrom && !canAdd) return 'Rows appear here once the list this table draws on has items.';
  return `Nothing here yet. Use “Add ${definition.rowName}” to start.`;
}
