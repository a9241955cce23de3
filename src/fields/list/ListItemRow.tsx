/**
 * One item of a list: its text box (named "idea 3"), who it came from when
 * merged, and buttons to move it or remove it. "Move up" on the first item
 * (and "Move down" on the last) is marked unavailable rather than disabled,
 * so focus stays on it after a move to the top or bottom.
 */
import type { ListItem } from './schema';
import type { PendingFocus } from './use-pending-focus';

interface ListItemRowProps {
  item: ListItem;
  /** 1-based position in the list. */
  position: number;
  count: number;
  itemName: string;
  idPrefix: string;
  readOnly: boolean;
  /** The field hint's id, if any. */
  hintId: string | undefined;
  register: PendingFocus['register'];
  onText: (id: string, text: string) => void;
  onMove: (id: string, offset: -1 | 1) => void;
  onRemove: (id: string) => void;
  onEnter: (id: string) => void;
}

/** Draws one list item. */
export function ListItemRow(props: ListItemRowProps) {
  const { item, position, count, itemName, idPrefix, readOnly, register } = props;
  const byId = `${idPrefix}-item-${position}-by`;
  const describedBy = [props.hintId, item.by ? byId : undefined].filter(Boolean).join(' ') || undefined;
  const name = `${itemName} ${position}`;
  return (
    <li class="list-field__item">
      <input
        type="text"
        class="list-field__input"
        aria-label={name}
        aria-describedby={describedBy}
        value={item.text}
        readOnly={readOnly}
        ref={register(`${item.id}:input`)}
        onInput={(event) => props.onText(item.id, (event.currentTarget as HTMLInputElement).value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || readOnly || event.isComposing) return;
          event.preventDefault();
          props.onEnter(item.id);
        }}
      />
      {item.by ? (
        <p class="list-field__by" id={byId}>
          from {item.by}
        </p>
      ) : null}
      {readOnly ? null : (
        <div class="list-field__actions">
          <MoveButton label="Move up" name={name} unavailable={position === 1} buttonRef={register(`${item.id}:up`)} onPress={() => props.onMove(item.id, -1)} />
          <MoveButton label="Move down" name={name} unavailable={position === count} buttonRef={register(`${item.id}:down`)} onPress={() => props.onMove(item.id, 1)} />
          <button type="button" class="button button--secondary button--small" onClick={() => props.onRemove(item.id)}>
            Remove<span class="visually-hidden"> {name}</span>
          </button>
        </div>
      )}
    </li>
  );
}

interface MoveButtonProps {
  label: string;
  name: string;
  unavailable: boolean;
  buttonRef: (element: HTMLElement | null) => void;
  onPress: () => void;
}

/** A move button that stays focusable when it cannot move further. */
export function MoveButton({ label, name, unavailable, buttonRef, onPress }: MoveButtonProps) {
  return (
    <button
      type="button"
      class="button button--secondary button--small"
      aria-disabled={unavailable ? 'true' : undefined}
      ref={buttonRef}
      onClick={() => {
        if (!unavailable) onPress();
      }}
    >
      {label}
      <span class="visually-hidden"> {name}</span>
    </button>
  );
}
