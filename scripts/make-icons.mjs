#!/usr/bin/env node
/**
 * Draws the app icons (PNG) from the SVGs in public/icons with the system
 * Chromium. The PNGs are committed, so this runs only when the artwork
 * changes:
 *
 *   node scripts/make-icons.mjs
 *
 * icon.svg (rounded square) → icon-192.png, icon-512.png
 * icon-maskable.svg (full bleed, art inside the safe zone) → icon-maskable-512.png,
 * apple-touch-icon.png (180, opaque: iPadOS rounds the corners itself)
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumPath } from './system-tools.mjs';

const icons = fileURLToPath(new URL('../public/icons/', import.meta.url));
const jobs = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'apple-touch-icon.png', size: 180 },
];

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const job of jobs) {
    const svg = await readFile(`${icons}${job.svg}`, 'utf8');
    const sized = svg.replace('<svg ', `<svg width="${job.size}" height="${job.size}" `);
    await page.setViewportSize({ width: job.size, height: job.size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    await page.locator('svg').screenshot({ path: `${icons}${job.png}`, omitBackground: true });
    console.log(`make-icons: public/icons/${job.png} (${job.size}×${job.size})`);
  }
} finally {
  await browser.close();
}
