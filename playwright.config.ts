import { defineConfig } from '@playwright/test';

/**
 * End-to-end and accessibility tests run against the BUILT site, served as
 * a static host would: dist/ at the root and dist-subpath/ under /workbook/.
 * Playwright's own browser download cannot work here, so the system
 * Chromium is used (CHROMIUM_PATH overrides the Debian path).
 */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts'],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    baseURL: 'http://127.0.0.1:4400',
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'off',
  },
  webServer: [
    { command: 'node scripts/serve-static.mjs --dir dist --base / --port 4400', url: 'http://127.0.0.1:4400/', reuseExistingServer: !process.env.CI },
    {
      command: 'node scripts/serve-static.mjs --dir dist-subpath --base /workbook/ --port 4401',
      url: 'http://127.0.0.1:4401/workbook/',
      reuseExistingServer: !process.env.CI,
    },
  ],
});
