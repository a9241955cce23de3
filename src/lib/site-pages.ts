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
    const worksheets = await getCollection('worksheets');
    return readingOrder(
      guides.map((entry) => ({ id: entry.id, title: entry.data.title, order: entry.data.order })),
      lenses.map((entry) => ({ id: entry.id, title: entry.data.shortTitle, order: entry.data.order })),
      worksheets.map((entry) => ({ id: entry.id, title: entry.data.title, stage: entry.data.stage, order: entry.data.order })),
    );
  })();
  return cached;
}
