/**
 * Keeps focus somewhere sensible after an edit re-draws a list or table:
 * ask for a key to be focused, and it is focused after the next render in
 * which an element registered under that key exists. The new value arrives
 * from the island a render later, so focusing straight away would miss.
 */
import { useEffect, useRef } from 'preact/hooks';

/** What the hook hands back. */
export interface PendingFocus {
  /** A ref callback that records the element under `key`. */
  register: (key: string) => (element: HTMLElement | null) => void;
  /** Focus the element under `key` once it is drawn. */
  focusLater: (key: string) => void;
  /** Focus the element under `key` now, if it is drawn; true when it was. */
  focusNow: (key: string) => boolean;
}

/** Focus management for rows that come and go. */
export function usePendingFocus(): PendingFocus {
  const elements = useRef(new Map<string, HTMLElement>());
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const key = pending.current;
    const element = key === null ? undefined : elements.current.get(key);
    if (element?.isConnected) {
      pending.current = null;
      element.focus();
    }
  });
  const register = (key: string) => (element: HTMLElement | null) => {
    // Ref callbacks are re-made each render and called with null first; keep the old
    // element until a new one replaces it (the effect skips ones no longer in the page).
    if (element) elements.current.set(key, element);
  };
  const focusLater = (key: string) => {
    pending.current = key;
  };
  const focusNow = (key: string) => {
    const element = elements.current.get(key);
    if (!element?.isConnected) return false;
    element.focus();
    return true;
  };
  return { register, focusLater, focusNow };
}
