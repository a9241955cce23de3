#!/usr/bin/env node
/**
 * Writes the service worker (sw.js) into a BUILT site folder with
 * workbox-build's generateSW. Run it after `astro build`:
 *
 *   astro build && node scripts/build-sw.mjs
 *
 * It reads OUT_DIR and BASE_PATH exactly as astro.config.mjs does, so a
 * sub-path build works too:
 *
 *   BASE_PATH=/workbook/ OUT_DIR=./dist-subpath node scripts/build-sw.mjs
 *
 * What the worker does:
 * - precaches every page (all HTML, including pages never visited), script,
 *   style, font, icon and the web manifest, each with a content revision, so
 *   after one visit the whole site opens with the network gone;
 * - serves a directory address (/guide/plan/) from its index.html and ignores
 *   query strings (/workbook/?id=…), because every page is a static file;
 * - waits when it is an update, until the page asks it to take over
 *   (postMessage {type: 'SKIP_WAITING'}), so no page changes under someone's
 *   hands; the page shows "A new version is ready" (ServiceWorker.astro);
 * - has no runtime caching: the site makes no requests off its own origin.
 *
 * Precache URLs are relative to the worker, which lives at <base>sw.js, so
 * they resolve under the base whatever it is.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateSW } from 'workbox-build';

const outDir = resolve(process.env.OUT_DIR ?? './dist');
const base = normaliseBase(process.env.BASE_PATH ?? '/');

/** "/workbook" and "workbook/" both become "/workbook/". */
function normaliseBase(value) {
  const withLead = value.startsWith('/') ? value : `/${value}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

/** "_astro/x.abc123.woff" → "_astro/x" (the name without its content hash and extension). */
function fontStem(url) {
  return url.replace(/\.[\w-]{8}\.woff2?$/, '').replace(/\.woff2?$/, '');
}

/**
 * Drops a .woff font when a .woff2 of the same face is precached: every
 * browser that runs service workers reads WOFF2, so the WOFF copies would
 * only double the download.
 */
function dropWoffWithWoff2(entries) {
  const woff2 = new Set(entries.filter((entry) => entry.url.endsWith('.woff2')).map((entry) => fontStem(entry.url)));
  const manifest = entries.filter((entry) => !(entry.url.endsWith('.woff') && woff2.has(fontStem(entry.url))));
  return { manifest, warnings: [] };
}

if (!existsSync(resolve(outDir, 'index.html'))) {
  console.error(`build-sw: no built site in ${outDir}. Run astro build first.`);
  process.exit(1);
}

const { count, size, warnings } = await generateSW({
  globDirectory: outDir,
  globPatterns: ['**/*.{html,js,mjs,css,woff2,woff,ttf,otf,svg,png,ico,webp,webmanifest,json,txt}'],
  globIgnores: ['sw.js', 'sw.js.map', 'workbox-*.js', '**/*.map'],
  swDest: resolve(outDir, 'sw.js'),
  // Astro names its assets by content hash, so they need no cache-busting.
  dontCacheBustURLsMatching: /^_astro\//,
  manifestTransforms: [dropWoffWithWoff2],
  // Generous: a PDF font must be precached too so export works offline.
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  directoryIndex: 'index.html',
  // Pages are static files: a query (?id=…, ?cycle=…) never changes the HTML.
  ignoreURLParametersMatching: [/./],
  cacheId: `belonging-workbook${base === '/' ? '' : base.replace(/\/+$/, '').replace(/\//g, '-')}`,
  cleanupOutdatedCaches: true,
  clientsClaim: true,
  skipWaiting: false,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
});

for (const warning of warnings) console.warn(`build-sw: ${warning}`);
console.log(`build-sw: ${outDir}/sw.js precaches ${count} files (${(size / 1024).toFixed(0)} KB) for base ${base}`);
