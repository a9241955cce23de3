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
  /**
   * Content-Security-Policy, emitted by Astro as a <meta http-equiv> on every
   * page. Everything comes from the site's own origin: Astro hashes its own
   * inline and bundled scripts and styles; the reading-preferences boot script
   * adds its hash in BaseLayout.astro. Nothing may be fetched, framed or
   * posted elsewhere. See docs/decisions.md ("Content-Security-Policy").
   */
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
