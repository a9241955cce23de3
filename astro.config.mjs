// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

/**
 * BASE_PATH lets a school host the workbook under a sub-path
 * (for example https://school.example/workbook/). OUT_DIR keeps a
 * sub-path build apart from the normal one during tests.
 */
const base = process.env.BASE_PATH ?? '/';
const outDir = process.env.OUT_DIR ?? './dist';
// Lets two builds run side by side (for example, engineers testing in parallel) without sharing a cache.
const cacheDir = process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  base,
  outDir,
  cacheDir,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact()],
  devToolbar: { enabled: false },
});
