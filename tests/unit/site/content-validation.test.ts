/**
 * A malformed content file must stop the build with a message naming the
 * file and the field. Each case copies the site to a temporary folder,
 * breaks one file, and runs `astro sync` (the build's content step).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const made: string[] = [];

function copyOfSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bw-content-'));
  made.push(dir);
  for (const part of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

function sync(dir: string): { status: number | null; output: string } {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  const run = spawnSync(process.execPath, [ASTRO, 'sync'], { cwd: dir, encoding: 'utf8', env });
  // Colour codes are stripped so the assertions read the words people see.
  const escape = String.fromCharCode(27);
  const output = `${run.stdout}\n${run.stderr}`.split(escape).map((part, index) => (index === 0 ? part : part.replace(/^\[[0-9;]*m/, ''))).join('');
  return { status: run.status, output };
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('content validation', () => {
  it('accepts the content as it is', () => {
    expect(sync(copyOfSite()).status).toBe(0);
  }, 60_000);

  it('refuses a guide page naming a stage that does not exist, naming the file and field', () => {
    const dir = copyOfSite();
    edit(dir, 'content/guide/reflect.mdx', (text) => text.replace(/^stage: reflect$/m, 'stage: reflection'));
    const { status, output } = sync(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('content/guide/reflect.mdx');
    expect(output).toMatch(/stage: Invalid option/);
  }, 60_000);

  it('refuses a guide page pointing to a worksheet that does not exist', () => {
    const dir = copyOfSite();
    edit(dir, 'content/guide/plan.mdx', (text) => text.replace(/^stage: plan$/m, 'stage: plan\nworksheets: [no-such-sheet]'));
    const { status, output } = sync(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('content/guide/plan.mdx');
    expect(output).toContain('worksheets.0: there is no worksheet "no-such-sheet"');
  }, 60_000);

  it('refuses a worksheet whose plan-on-a-page declaration names a section that does not exist', () => {
    const dir = copyOfSite();
    edit(dir, 'content/worksheets/how-well-know.mdx', (text) => text.replace('  indicators: { field: indicators }', '  measures: { field: indicators }'));
    const { status, output } = sync(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('content/worksheets/how-well-know.mdx');
    expect(output).toMatch(/summary/);
  }, 60_000);

  it('refuses a planning approach whose question has no prompt', () => {
    const dir = copyOfSite();
    edit(dir, 'content/lenses/inclusion-by-design.mdx', (text) => text.replace(/^(\s+)prompt: .*$/m, '$1label: missing prompt'));
    const { status, output } = sync(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('content/lenses/inclusion-by-design.mdx');
    expect(output).toMatch(/questions\.reflect\.0\.prompt/);
  }, 60_000);
});
