import { defineConfig } from '@playwright/test';
import { chromiumPath } from './scripts/system-tools.mjs';

/**
 * End-to-end and accessibility tests run against the BUILT site, served as
 * a static host would: dist/ at the root and dist-subpath/ under /workbook/.
 * Playwright's own browser download cannot work here, so the system
 * Chromium is used, found by scripts/system-tools.mjs (CHROMIUM_PATH overrides).
 */
const chromium = chromiumPath();
// TEST_DIST/TEST_PORT (and the sub-path pair) let parallel runs use their own build and ports.
const dist = process.env.TEST_DIST ?? 'dist';
const port = Number(process.env.TEST_PORT ?? 4400);
const subpathDist = process.env.TEST_SUBPATH_DIST ?? 'dist-subpath';
const subpathPort = Number(process.env.TEST_SUBPATH_PORT ?? 4401);

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts'],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'off',
  },
  webServer: [
    { command: `node scripts/serve-static.mjs --dir ${dist} --base / --port ${port}`, url: `http://127.0.0.1:${port}/`, reuseExistingServer: !process.env.CI },
    {
      command: `node scripts/serve-static.mjs --dir ${subpathDist} --base /workbook/ --port ${subpathPort}`,
      url: `http://127.0.0.1:${subpathPort}/workbook/`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
