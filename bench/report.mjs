/**
 * Prints bench/all.mjs's results as tables on stdout. Each section copes with
 * a step that failed ({ error }) or was skipped (undefined).
 */

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Prints a section heading, then the table, or why there is none. */
function section(title, data, toTable) {
  console.log(`\n${title}`);
  if (data === undefined) console.log('  (skipped)');
  else if ('error' in data && !Array.isArray(data)) console.log(`  FAILED: ${data.error}`);
  else console.table(toTable(data));
}

/** The largest page of each kind, and any page over its budget. */
function sizeTable(rows) {
  const table = {};
  for (const kind of [...new Set(rows.map((row) => row.kind))]) {
    const ofKind = rows.filter((row) => row.kind === kind);
    const largest = ofKind.reduce((a, b) => (b.js > a.js ? b : a));
    table[`${kind} (${ofKind.length} pages)`] = {
      'largest JS page': largest.path,
      js: kb(largest.js),
      'max html': kb(Math.max(...ofKind.map((row) => row.html))),
      'max css': kb(Math.max(...ofKind.map((row) => row.css))),
      over: ofKind.filter((row) => row.over.length).map((row) => row.path).join(', ') || 'none',
    };
  }
  return table;
}

/** One row per Lighthouse page. */
function lighthouseTable(rows) {
  return Object.fromEntries(
    rows.map((row) => [row.path, { perf: row.performance, a11y: row.accessibility, 'best pr.': row.bestPractices, seo: row.seo, 'FCP ms': row.fcpMs, 'LCP ms': row.lcpMs, 'TBT ms': row.tbtMs, CLS: row.cls }]),
  );
}

/** Keystroke and opening timings. */
function editingTable(editing) {
  return {
    'keystroke handler (ms)': { ...editing.keystrokeHandlerMs, target: `< ${editing.targets.handlerMs}` },
    'keystroke → saved (ms)': { ...editing.keystrokeToSavedMs, target: '300 ms debounce + write' },
    'open 1,000 answers (ms)': { ...editing.openMs, target: `< ${editing.targets.openMs}` },
    'navigation → workbook (ms)': { ...editing.navigationToWorkbookMs, target: '' },
  };
}

/** PDF export timings and sizes. */
function pdfTable(pdf) {
  const row = (run, targetMs) => ({ 'first ms': run.firstMs, 'warm ms': run.warmMs, size: kb(run.bytes), 'target ms': `< ${targetMs}` });
  return {
    'typical plan (12 actions)': row(pdf.typical, pdf.targets.typicalMs),
    '200-action plan': row(pdf.large, pdf.targets.largeMs),
    'PDF chunk (lazy, gzipped)': { 'first ms': '', 'warm ms': '', size: kb(pdf.chunk.gzip), 'target ms': '' },
  };
}

/** Prints every section of the results. */
export function printSummary(results) {
  console.log(`\nBenchmark ${results.measuredAt} — ${results.machine.cpus} × ${results.machine.cpuModel}, Node ${results.machine.node}, build in ${results.dir}/`);
  section('Build', results.build, (build) => ({ 'astro build': seconds(build.astroBuildMs), 'service worker': seconds(build.serviceWorkerMs), total: seconds(build.totalMs) }));
  section('Page sizes, gzipped (largest of each kind)', results.sizes, sizeTable);
  section('Lighthouse (mobile, simulated throttling)', results.lighthouse, lighthouseTable);
  if (Array.isArray(results.lighthouse)) {
    for (const row of results.lighthouse) if (row.findings.length) console.log(`  ${row.path} lost points on: ${row.findings.join('; ')}`);
  }
  section('Editing a 1,000-answer workbook', results.editing, editingTable);
  section('PDF export (click → download)', results.pdf, pdfTable);
}
