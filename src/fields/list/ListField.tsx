/**
 * List: items people add, edit, reorder with "Move up" / "Move down" and
 * remove with undo. Enter in the last box adds another item (Enter in any
 * other box moves to the next). New items carry the contributor as `by`.
 */
import type { FieldProps } from '../field-type';
import { FieldFrame, hintId } from '../shared/FieldFrame';
import { newId } from '../../lib/ids';
import { ListItemRow } from './ListItemRow';
import { RemovedNotice } from './RemovedNotice';
import { shortText } from './reorder';
import type { ListDefinition, ListItem, ListValue } from './schema';
import { useRowChanges } from './use-row-changes';
import './list.css';

/** Draws a list field. */
export function ListField({ definition, value, onChange, idPrefix, context }: FieldProps<ListDefinition, ListValue>) {
  const items = value ?? [];
  const { itemName, max } = definition;
  const readOnly = context.readOnly;
  const changes = useRowChanges(items, onChange, (id) => `${id}:input`);
  const atMax = max !== undefined && items.length >= max;
  const nameAt = (index: number) => {
    const text = items[index]?.text.trim();
    return text ? `‘${shortText(text)}’` : `${itemName} ${index + 1}`;
  };
  const indexOf = (id: string) => items.findIndex((item) => item.id === id);

  const add = () => {
    if (atMax) return;
    changes.add({ id: newId(), text: '', ...(context.contributor ? { by: context.contributor } : {}) });
  };
  const move = (id: string, offset: -1 | 1) => {
    const index = indexOf(id);
    const other = items[index + offset];
    if (other) changes.move(id, other.id, offset, `Moved ${nameAt(index)} to position ${index + offset + 1} of ${items.length}.`);
  };
  const enter = (id: string) => {
    const index = indexOf(id);
    const next = items[index + 1];
    if (next) changes.focus.focusNow(`${next.id}:input`);
    else if (items[index]?.text.trim()) add();
  };
  const rowProps = {
    count: items.length,
    itemName,
    idPrefix,
    readOnly,
    hintId: hintId(idPrefix, definition.hint),
    register: changes.focus.register,
    onText: (id: string, text: string) => onChange(items.map((item): ListItem => (item.id === id ? { ...item, text } : item))),
    onMove: move,
    onRemove: (id: string) => changes.remove(id, nameAt(indexOf(id))),
    onEnter: enter,
  };

  return (
    <FieldFrame kind="group" idPrefix={idPrefix} label={definition.label} hint={definition.hint}>
      {items.length === 0 ? (
        <p class="list-field__empty">{readOnly ? 'Nothing was added.' : `Nothing here yet. Use “Add ${itemName}” to start.`}</p>
      ) : (
        <ol class="list-field__items">
          {items.map((item, index) => (
            <ListItemRow key={item.id} item={item} position={index + 1} {...rowProps} />
          ))}
        </ol>
      )}
      {readOnly ? null : (
        <>
          <RemovedNotice removedMessage={changes.removedMessage} onUndo={changes.undo} undoRef={changes.focus.register('undo')} announcement={changes.announcement} />
          <button type="button" class="button button--secondary list-field__add" disabled={atMax} onClick={add}>
            Add {itemName}
          </button>
          {max === undefined ? null : <MaxNote max={max} atMax={atMax} />}
        </>
      )}
    </FieldFrame>
  );
}

/** Says how many items the list takes, and what to do when it is full. */
function MaxNote({ max, atMax }: { max: number; atMax: boolean }) {
  return <p class="field__note">{atMax ? `That is the most this list takes (${max}). Remove one to add another.` : `You can add up to ${max}.`}</p>;
}
