/**
 * A simple local undo for "remove": the removed thing is held in component
 * state, an Undo button appears and takes focus, and Undo puts it back.
 * Also a helper to move focus to an element once it has been drawn.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** Something that can be put back. */
export interface Undoable {
  /** What happened, e.g. "Removed follow-up 2." */
  message: string;
  /** Puts it back. */
  restore: () => void;
}

/**
 * Returns a function that focuses the element with this id once it has been
 * drawn. The element may appear only after the island saves the new value
 * and draws again, so the wish is kept until the element exists.
 */
export function useFocusLater(): (id: string) => void {
  const target = useRef<string | null>(null);
  const [, redraw] = useState(0);
  useEffect(() => {
    if (target.current === null) return;
    const element = document.getElementById(target.current);
    if (!element) return;
    element.focus();
    target.current = null;
  });
  return (id: string) => {
    target.current = id;
    redraw((count) => count + 1);
  };
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
