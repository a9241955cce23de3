/**
 * Lighthouse scores for a few pages of a served build, using the `lighthouse`
 * npm package's Node API and chrome-launcher pointed at the system Chromium
 * (found by scripts/system-tools.mjs). Lighthouse's default config is
 * used: mobile emulation with simulated throttling. Chromium runs headless
 * with chrome-launcher's default flags plus bench/lib.mjs's, which turn off
 * background networking, component updates, sync and the like.
 *
 *   import { lighthousePages } from './lighthouse.mjs';
 *   const rows = await lighthousePages('http://127.0.0.1:4567/', ['/', '/guide/reflect/']);
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from './lib.mjs';

/** The four categories the benchmark reports. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Audits in the given categories that lost points, as "id: title" strings. */
function findings(lhr) {
  const ids = new Set(CATEGORIES.flatMap((name) => (lhr.categories[name]?.auditRefs ?? []).filter((ref) => ref.weight > 0).map((ref) => ref.id)));
  return [...ids]
    .map((id) => lhr.audits[id])
    .filter((audit) => audit && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'manual' && audit.score !== null && audit.score < 1)
    .map((audit) => `${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
}

/** Scores (0–100), a few timings and the failing audits of one Lighthouse result. */
function summarise(path, lhr) {
  const score = (name) => (lhr.categories[name]?.score == null ? null : Math.round(lhr.categories[name].score * 100));
  const ms = (id) => Math.round(lhr.audits[id]?.numericValue ?? NaN);
  return {
    path,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcpMs: ms('first-contentful-paint'),
    lcpMs: ms('largest-contentful-paint'),
    tbtMs: ms('total-blocking-time'),
    cls: Math.round((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000,
    benchmarkIndex: Math.round(lhr.environment?.benchmarkIndex ?? NaN),
    findings: findings(lhr),
    warnings: lhr.runWarnings ?? [],
  };
}

/**
 * Runs Lighthouse once per path against `base` in one headless Chromium and
 * resolves with a summary per page; the browser is closed afterwards.
 */
export async function lighthousePages(base, paths) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    // chrome-launcher's defaults already disable Translate, OptimizationHints, MediaRouter and the like
    // in their own --disable-features (plus RenderDocument, for Lighthouse); a second one would replace it.
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS.filter((flag) => !flag.startsWith('--disable-features='))],
  });
  try {
    const rows = [];
    for (const path of paths) {
      const result = await lighthouse(new URL(path.slice(1), base).href, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      rows.push(summarise(path, result.lhr));
    }
    return rows;
  } finally {
    await chrome.kill();
  }
}
