/**
 * Shared pieces of the benchmark scripts: a free loopback port, the static
 * server (scripts/serve-static.mjs) started on it, and the Chromium flags that
 * keep the browser from making background requests off the machine.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromiumPath as findChromiumOrThrow } from '../scripts/system-tools.mjs';

/** The project root. */
export const root = fileURLToPath(new URL('..', import.meta.url));

/** The system Chromium, found as `npm test` finds it (scripts/system-tools.mjs). */
export const chromiumPath = findChromiumOrThrow();

/**
 * Flags for every Chromium the benchmark starts: headless, no sandbox or GPU
 * (containers), and no background networking, component updates, sync,
 * safe-browsing, translation or metrics uploads, so nothing leaves the machine.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-sync',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-extensions',
  '--metrics-recording-only',
  '--safebrowsing-disable-auto-update',
  '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,CertificateTransparencyComponentUpdater,AutofillServerCommunication',
];

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Serves the built folder `dir` at http://127.0.0.1:<port>/ and resolves with the child process once it answers. */
export async function startServer(dir, port) {
  const child = spawn(process.execPath, ['scripts/serve-static.mjs', '--dir', dir, '--base', '/', '--port', String(port)], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let tries = 0; tries < 100; tries += 1) {
    const ok = await fetch(`http://127.0.0.1:${port}/workbooks/`).then((r) => r.ok, () => false);
    if (ok) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`The static server did not start (is ${dir}/ built?)`);
}
