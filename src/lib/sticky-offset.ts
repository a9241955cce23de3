/**
 * Keeps keyboard focus from hiding under a sticky bar (WCAG 2.2, 2.4.11).
 *
 * The save status sticks to the top of the viewport and grows when it has a
 * warning, so no fixed `scroll-padding-top` fits. This watches the bar's
 * height and publishes it as `--sticky-top` on `<html>`, which base.css adds
 * to `scroll-padding-top`: the browser then scrolls a newly focused field to
 * just below the bar, whatever its size. Set through the CSSOM, which our
 * Content-Security-Policy allows.
 */
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/** The custom property base.css reads. */
export const STICKY_TOP_PROPERTY = '--sticky-top';

/** Publishes the element's height as the page's sticky offset while it is mounted. */
export function useStickyOffset(ref: RefObject<HTMLElement>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const root = document.documentElement;
    const publish = () => root.style.setProperty(STICKY_TOP_PROPERTY, `${Math.ceil(element.getBoundingClientRect().height)}px`);
    const observer = new ResizeObserver(publish);
    observer.observe(element);
    publish();
    return () => {
      observer.disconnect();
      root.style.removeProperty(STICKY_TOP_PROPERTY);
    };
  }, [ref]);
}
