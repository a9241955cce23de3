/**
 * The changes lists and tables share: add (focus the new row's first
 * input), move (focus stays on the button pressed, and a hidden message says
 * where the row went), remove (focus moves to Undo) and undo (the row comes
 * back where it was, with its id, and its first input takes focus).
 */
import { useState } from 'preact/hooks';
import { insertAt, swapIds, withoutIndex } from './reorder';
import { usePendingFocus, type PendingFocus } from './use-pending-focus';

interface Removed<T> {
  row: T;
  index: number;
  name: string;
}

/** What the hook hands back. */
export interface RowChanges<T> {
  focus: PendingFocus;
  /** Text for the hidden polite announcement. */
  announcement: string;
  /** "Removed ‘…’." while an undo is possible. */
  removedMessage: string | null;
  add: (row: T) => void;
  /** Swaps the row with its neighbour `otherId`; `message` is announced. */
  move: (id: string, otherId: string, offset: -1 | 1, message: string) => void;
  /** Removes the row; `name` (e.g. "‘Quiet room’") goes in the message. */
  remove: (id: string, name: string) => void;
  undo: () => void;
}

/**
 * Row changes with focus and undo. `firstInput` maps a row id to the focus
 * key of its first input (keys are registered with `focus.register`).
 */
export function useRowChanges<T extends { id: string }>(rows: readonly T[], onChange: (rows: T[]) => void, firstInput: (id: string) => string): RowChanges<T> {
  const focus = usePendingFocus();
  const [removed, setRemoved] = useState<Removed<T> | null>(null);
  const [announcement, setAnnouncement] = useState('');
  return {
    focus,
    announcement,
    removedMessage: removed ? `Removed ${removed.name}.` : null,
    add: (row) => {
      onChange([...rows, row]);
      focus.focusLater(firstInput(row.id));
    },
    move: (id, otherId, offset, message) => {
      onChange(swapIds(rows, id, otherId));
      focus.focusLater(`${id}:${offset < 0 ? 'up' : 'down'}`);
      setAnnouncement(message);
    },
    remove: (id, name) => {
      const index = rows.findIndex((row) => row.id === id);
      const row = rows[index];
      if (!row) return;
      onChange(withoutIndex(rows, index));
      setRemoved({ row, index, name });
      focus.focusLater('undo');
    },
    undo: () => {
      if (!removed) return;
      if (!rows.some((row) => row.id === removed.row.id)) onChange(insertAt(rows, removed.index, removed.row));
      setRemoved(null);
      focus.focusLater(firstInput(removed.row.id));
      setAnnouncement(`Put back ${removed.name}.`);
    },
  };
}
