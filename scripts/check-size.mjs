#!/usr/bin/env node
/**
 * Size budgets: for every built HTML page, adds up the gzipped bytes of the
 * page itself, the CSS it links, and the JavaScript it loads (inline
 * scripts, module scripts, their static imports and modulepreloads), then
 * compares them with budgets.json. Exits 1 and names the page on any breach.
 *
 *   node scripts/check-size.mjs [--dir dist] [--json]
 */
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, json: { type: 'boolean', default: false } } });
const root = resolve(values.dir);
const budgets = JSON.parse(await readFile(new URL('../budgets.json', import.meta.url), 'utf8')).pages;
const gz = (text) => gzipSync(text, { level: 9 }).length;

async function htmlFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  }));
  return nested.flat();
}

function pagePath(file) {
  const rel = relative(root, file).split(sep).join('/');
  return `/${rel.replace(/index\.html$/, '').replace(/\.html$/, '/')}`;
}

/** Resolves an asset URL found in a page to a file under root (the site base is stripped). */
function assetFile(url) {
  const path = url.split(/[?#]/)[0];
  const marker = path.indexOf('/_astro/');
  return marker === -1 ? join(root, path) : join(root, path.slice(marker + 1));
}

/** A JS module's gzipped size plus every module it imports statically, each counted once. */
async function jsClosure(file, seen) {
  if (seen.has(file)) return 0;
  seen.add(file);
  const code = await readFile(file, 'utf8').catch(() => '');
  let total = gz(code);
  for (const match of code.matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    total += await jsClosure(resolve(file, '..', match[1]), seen);
  }
  return total;
}

async function measure(file) {
  const html = await readFile(file, 'utf8');
  const seen = new Set();
  let js = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(match[1])?.[1];
    js += src ? await jsClosure(assetFile(src), seen) : gz(match[2]);
    for (const imp of match[2].matchAll(/import\s*["']([^"']+\.js)["']/g)) js += await jsClosure(assetFile(imp[1]), seen);
  }
  for (const match of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) js += await jsClosure(assetFile(match[1]), seen);
  // Islands load their component and renderer from attributes, not script tags.
  for (const match of html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)) js += await jsClosure(assetFile(match[1]), seen);
  let css = 0;
  for (const match of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) css += gz(await readFile(assetFile(match[1]), 'utf8'));
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) css += gz(match[1]);
  return { html: gz(html), css, js };
}

const rows = [];
for (const file of (await htmlFiles(root)).sort()) {
  const path = pagePath(file);
  const budget = budgets.find((candidate) => path.startsWith(candidate.match));
  const size = await measure(file);
  const over = ['html', 'css', 'js'].filter((kind) => size[kind] > budget[kind]);
  rows.push({ path, kind: budget.kind, ...size, over });
}

if (values.json) console.log(JSON.stringify(rows, null, 2));
else {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`Size budgets (gzipped) for ${rows.length} pages in ${relative(process.cwd(), root) || '.'}`);
  for (const row of rows) console.log(`${row.over.length ? 'OVER' : 'ok  '}  ${row.path.padEnd(44)} ${row.kind.padEnd(10)} html ${kb(row.html).padStart(8)}  css ${kb(row.css).padStart(8)}  js ${kb(row.js).padStart(8)}`);
}
const breaches = rows.filter((row) => row.over.length);
if (rows.length === 0) {
  console.error(`No HTML pages found in ${root}: build the site first (npm run build).`);
  process.exit(1);
}
if (breaches.length) {
  for (const row of breaches) console.error(`Budget broken: ${row.path} (${row.kind}) is over on ${row.over.join(', ')}.`);
  process.exit(1);
}
