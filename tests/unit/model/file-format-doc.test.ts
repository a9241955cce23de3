import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkbookFile } from '../../../src/model';

describe('docs/file-format.md', () => {
  it('shows an example file that imports', () => {
    const doc = readFileSync(new URL('../../../docs/file-format.md', import.meta.url), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    expect(parseWorkbookFile(example ?? '')).toMatchObject({ ok: true, repairs: [] });
  });
});
