/**
 * Keyboard shortcuts for the presenter: next / previous prompt, timer
 * start / pause, reveal. They never act while someone is typing in a box,
 * nor with Ctrl, Alt or Cmd held, so browser and screen-reader keys still work.
 */
import { useEffect, useRef } from 'preact/hooks';

/** What a shortcut does. */
export type ShortcutAction = 'next' | 'previous' | 'timer' | 'reveal';

/** The action for a key press, or null when it is not a shortcut. */
export function actionForKey(key: string): ShortcutAction | null {
  switch (key) {
    case 'n':
    case 'N':
    case 'PageDown':
      return 'next';
    case 'p':
    case 'P':
    case 'PageUp':
      return 'previous';
    case 't':
    case 'T':
      return 'timer';
    case 'r':
    case 'R':
      return 'reveal';
    default:
      return null;
  }
}

/** True when the element takes typing (a text box, a list, an editable area). */
export function takesTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file', 'image'].includes(target.type);
}

/** Listens for the shortcuts on the document while the island is shown. */
export function useShortcuts(handle: (action: ShortcutAction) => void): void {
  const latest = useRef(handle);
  latest.current = handle;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (takesTyping(event.target)) return;
      const action = actionForKey(event.key);
      if (!action) return;
      event.preventDefault();
      latest.current(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
