/**
 * The pages of the built site, found from dist/ so that every new page is
 * tested without anyone listing it by hand.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** URL paths ("/", "/guide/reflect/") of every page built into `dir`. */
export function builtPagePaths(dir = process.env.TEST_DIST ?? 'dist'): string[] {
  const paths = htmlFiles(dir).map((file) => {
    const rel = relative(dir, file).split(sep).join('/');
    return `/${rel.replace(/index\.html$/, '').replace(/\.html$/, '/')}`;
  });
  if (paths.length === 0) throw new Error(`No pages in ${dir}: build the site first.`);
  return paths.sort();
}

/** The pages people reach by links (everything except the 404 page). */
export function linkedPagePaths(dir = process.env.TEST_DIST ?? 'dist'): string[] {
  return builtPagePaths(dir).filter((path) => path !== '/404/');
}
