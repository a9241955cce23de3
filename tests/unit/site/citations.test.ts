/**
 * Every <Cite id="…"> in a page must be in that page's `sources` list, so
 * the in-text link lands on a reference at the foot of the same page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SOURCE_IDS } from '../../../src/data/sources';

const CONTENT = resolve(import.meta.dirname, '../../../content');

function mdxFiles(): string[] {
  return ['guide', 'lenses', 'worksheets'].flatMap((folder) =>
    readdirSync(join(CONTENT, folder))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => join(folder, name)),
  );
}

function frontmatterSources(text: string): string[] {
  const yaml = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const data = parse(yaml) as { sources?: string[] } | null;
  return data?.sources ?? [];
}

describe('citations', () => {
  it('finds content to check', () => {
    expect(mdxFiles().length).toBeGreaterThanOrEqual(15);
  });

  for (const file of mdxFiles()) {
    it(`${file} lists every source it cites`, () => {
      const text = readFileSync(join(CONTENT, file), 'utf8');
      const cited = [...text.matchAll(/<Cite\s+id="([^"]+)"/g)].map((match) => match[1]);
      const listed = frontmatterSources(text);
      expect(cited.filter((id) => !listed.includes(id ?? ''))).toEqual([]);
      expect(listed.filter((id) => !(SOURCE_IDS as readonly string[]).includes(id))).toEqual([]);
    });
  }
});
