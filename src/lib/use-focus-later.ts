/**
 * The one way to restore focus after a redraw. An edit, a rename or a removal
 * often changes what is drawn only a render or two later (the island saves
 * the new value, the store updates, then the page draws again), so focusing
 * at once would miss. Ask for an element — by id, or by a function that
 * finds it (a ref) — and it is focused after the first render in which it is
 * in the page and enabled; the wish is kept until then, or until another replaces it.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/** What to focus: an element id, or a function returning the element (such as `() => ref.current`). */
export type FocusTarget = string | (() => HTMLElement | null | undefined);

function find(target: FocusTarget): HTMLElement | null | undefined {
  return typeof target === 'string' ? document.getElementById(target) : target();
}

/** Returns a function (the same one on every render) that focuses its target once the target has been drawn. */
export function useFocusLater(): (target: FocusTarget) => void {
  const wanted = useRef<FocusTarget | null>(null);
  const [, redraw] = useState(0);
  useEffect(() => {
    if (wanted.current === null) return;
    const element = find(wanted.current);
    if (!element?.isConnected || (element as HTMLButtonElement).disabled === true) return;
    element.focus();
    wanted.current = null;
  });
  return useCallback((target: FocusTarget) => {
    wanted.current = target;
    redraw((count) => count + 1);
  }, []);
}
