/**
 * Reads the guide and approaches collections once per build and answers
 * the questions layouts ask: reading order, and neighbours of a page.
 */
import { getCollection } from 'astro:content';
import { readingOrder, type PageLink } from './reading-order';

let cached: Promise<PageLink[]> | undefined;

/** Every page in reading order (cached for the build). */
export function allPagesInOrder(): Promise<PageLink[]> {
  cached ??= (async () => {
    const guides = await getCollection('guide');
    const lenses = await getCollection('lenses');
    return readingOrder(
      guides.map((entry) => ({ id: entry.id, title: entry.data.title, order: entry.data.order })),
      lenses.map((entry) => ({ id: entry.id, title: entry.data.shortTitle, order: entry.data.order })),
    );
  })();
  return cached;
}
