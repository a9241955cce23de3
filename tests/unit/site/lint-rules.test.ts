/**
 * The lint rules that keep user text from ever becoming HTML: the project's
 * own eslint.config.js is run on small snippets, so the rules cannot be
 * dropped or loosened without this test failing.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

// One linter for every case: loading the config (typescript-eslint, astro) takes seconds.
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: resolve(ROOT, 'eslint.config.js') });

/** Lints `code` as if it were a file at `filePath` (relative to the project); returns "ruleId: message" lines. */
async function lint(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, filePath) });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? 'fatal'}: ${message.message}`);
}

describe('raw-HTML lint rules', { timeout: 30_000 }, () => {
  it('refuses writing innerHTML, outerHTML and insertAdjacentHTML', async () => {
    const code = [
      'export function show(box: HTMLElement, text: string): void {',
      '  box.innerHTML = text;',
      '  box.outerHTML = text;',
      "  box.insertAdjacentHTML('beforeend', text);",
      '}',
      '',
    ].join('\n');
    const messages = await lint(code, 'src/lib/lint-probe.ts');
    const rawHtml = messages.filter((message) => message.startsWith('no-restricted-properties:'));
    expect(rawHtml).toHaveLength(3);
    expect(rawHtml[0]).toContain('Never write HTML from strings');
  });

  it('refuses dangerouslySetInnerHTML in a component', async () => {
    const code = [
      'export function Note({ text }: { text: string }) {',
      '  return <p dangerouslySetInnerHTML={{ __html: text }} />;',
      '}',
      '',
    ].join('\n');
    const messages = await lint(code, 'src/components/LintProbe.tsx');
    expect(messages).toEqual(['no-restricted-syntax: User text is always text: never dangerouslySetInnerHTML.']);
  });

  it('passes the safe way of showing text', async () => {
    const code = ['export function show(box: HTMLElement, text: string): void {', '  box.textContent = text;', '}', ''].join('\n');
    expect(await lint(code, 'src/lib/lint-probe.ts')).toEqual([]);
  });
});
