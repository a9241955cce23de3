#!/usr/bin/env node
/**
 * A tiny static file server for tests: serves a built folder under a base
 * path, like any static host would. No dependencies, loopback only.
 *
 *   node scripts/serve-static.mjs --dir dist --base / --port 4400
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    port: { type: 'string', default: '4400' },
  },
});

const root = resolve(values.dir);
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff': 'font/woff', '.woff2': 'font/woff2',
  '.ttf': 'font/ttf', '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml', '.pdf': 'application/pdf',
};

/** Maps a URL path to a file inside root, or null when it is outside the base or root. */
function fileFor(urlPath) {
  const path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  if (!path.startsWith(base)) return null;
  const file = normalize(join(root, path.slice(base.length)));
  return file.startsWith(root) ? file : null;
}

async function existingFile(file) {
  const info = await stat(file).catch(() => null);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) return existingFile(join(file, 'index.html'));
  return null;
}

const server = createServer(async (request, response) => {
  const candidate = fileFor(request.url ?? '/');
  const file = candidate ? await existingFile(candidate) : null;
  if (!file) {
    const notFound = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
    response.writeHead(404, { 'content-type': TYPES['.html'] });
    response.end(notFound);
    return;
  }
  const body = await readFile(file);
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  response.end(body);
});

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${values.port}${base}`);
});
