/**
 * The messages a list or table gives after a change: a visible, polite
 * "Removed ‘…’. Undo" (the Undo button takes focus), and a hidden polite
 * announcement for changes that happen out of view, such as a move.
 * Both live regions are always in the page so screen readers hear updates.
 */
import type { Ref } from 'preact';
import './list.css';

interface RemovedNoticeProps {
  /** "Removed ‘Train staff’." while an undo is possible, else null. */
  removedMessage: string | null;
  /** Puts the removed row back. */
  onUndo: () => void;
  /** Receives the Undo button, so it can take focus. */
  undoRef: Ref<HTMLButtonElement>;
  /** Text for screen readers only, such as "Moved to position 2 of 4." */
  announcement: string;
}

/** Draws the undo message and the hidden announcement. */
export function RemovedNotice({ removedMessage, onUndo, undoRef, announcement }: RemovedNoticeProps) {
  return (
    <>
      <div class="rows-notice" role="status">
        {removedMessage ? (
          <p class="rows-notice__message">
            {removedMessage}{' '}
            <button type="button" ref={undoRef} class="button button--secondary button--small" onClick={onUndo}>
              Undo
            </button>
          </p>
        ) : null}
      </div>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
