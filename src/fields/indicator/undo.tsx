/**
 * A simple local undo for "remove": the removed thing is held in component
 * state, an Undo button appears and takes focus, and Undo puts it back.
 */
import { useState } from 'preact/hooks';
import { useFocusLater } from '../../lib/use-focus-later';

/** Something that can be put back. */
export interface Undoable {
  /** What happened, e.g. "Removed follow-up 2." */
  message: string;
  /** Puts it back. */
  restore: () => void;
}

/** The last removal and its Undo button; offering one focuses the button. */
export function useUndo(undoId: string) {
  const [pending, setPending] = useState<Undoable | null>(null);
  const focusLater = useFocusLater();
  return {
    pending,
    offer: (undoable: Undoable) => {
      setPending(undoable);
      focusLater(undoId);
    },
    dismiss: () => setPending(null),
  };
}

/** The message and Undo button; also a polite status so the removal is heard. */
export function UndoBar({ id, pending, onUndo }: { id: string; pending: Undoable | null; onUndo: () => void }) {
  return (
    <div class="undo-bar" role="status">
      {pending ? (
        <p class="undo-bar__text">
          {pending.message}{' '}
          <button type="button" id={id} class="button button--secondary button--small" onClick={onUndo}>
            Undo
          </button>
        </p>
      ) : null}
    </div>
  );
}
