/**
 * Helpers for the offline browser tests: a static server of their own that
 * a test can stop (scripts/serve-static.mjs on a free port), a private copy
 * of a built folder to change, regenerating its service worker, and waiting
 * until the worker controls the page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';

/** A running static server; `stop()` kills it and waits until the port is closed. */
export interface StaticServer {
  origin: string;
  stop: () => Promise<void>;
}

/** Asks the system for a free loopback port. */
async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once('exit', () => done()));
}

/** Serves a built folder under a base path on a free port, as a static host would. */
export async function startServer(dir: string, base = '/'): Promise<StaticServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/serve-static.mjs', '--dir', dir, '--base', base, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((done, fail) => {
    child.stdout?.once('data', () => done());
    child.once('exit', (code) => fail(new Error(`serve-static exited with ${code}`)));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}

/** Copies a built folder to a new temporary folder; returns its path. */
export async function copyBuild(dir: string): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'bw-offline-'));
  await cp(resolve(dir), copy, { recursive: true });
  return copy;
}

/** Deletes a temporary copy. */
export async function removeCopy(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** Runs scripts/build-sw.mjs on a folder (as the build does after astro build). */
export async function buildServiceWorker(dir: string, base = '/'): Promise<void> {
  const child = spawn(process.execPath, ['scripts/build-sw.mjs'], { env: { ...process.env, OUT_DIR: dir, BASE_PATH: base }, stdio: 'inherit' });
  await exited(child);
  if (child.exitCode !== 0) throw new Error(`build-sw failed with ${child.exitCode}`);
}

/** Waits until a service worker is active and controls the page; returns its scope. */
export async function waitForControl(page: Page): Promise<string> {
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none')).toBe('activated');
  return scope;
}
