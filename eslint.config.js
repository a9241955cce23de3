// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

/**
 * Lint rules. User text must never become HTML, so raw-HTML sinks are banned.
 * @type {import('eslint').Linter.RulesRecord}
 */
const noRawHtml = {
  'no-restricted-properties': [
    'error',
    { property: 'innerHTML', message: 'Never write HTML from strings: use textContent or build elements.' },
    { property: 'outerHTML', message: 'Never write HTML from strings: use textContent or build elements.' },
    { property: 'insertAdjacentHTML', message: 'Never write HTML from strings: use textContent or build elements.' },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'User text is always text: never dangerouslySetInnerHTML.' },
  ],
};

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...noRawHtml,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
);
