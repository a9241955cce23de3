/** The layout engine: wrapping, pagination with widows and orphans, tables that repeat their header. */
import { describe, expect, it } from 'vitest';
import { bullets, heading, paragraph, table } from '../../../src/pdf/layout/blocks';
import { paginate } from '../../../src/pdf/layout/paginate';
import { linesForPage } from '../../../src/pdf/layout/text';
import type { Frame, LaidOutPage, Measurer } from '../../../src/pdf/layout/types';
import { breakLongWord, truncateToWidth, wrapText } from '../../../src/pdf/layout/wrap';

/** Every character is half the font size wide. */
const fake: Measurer = { width: (text, size) => Array.from(text).length * size * 0.5, prepare: (text) => text };
const frame: Frame = { width: 300, height: 400, marginX: 50, marginTop: 50, marginBottom: 50 };
const texts = (page: LaidOutPage | undefined) => (page?.ops ?? []).flatMap((op) => (op.op === 'text' ? [op.text] : []));

describe('wrapText', () => {
  it('breaks lines at spaces so no line is wider than the measure', () => {
    const lines = wrapText('the quick brown fox jumps over the lazy dog', 50, 10, false, fake);
    expect(lines).toEqual(['the quick', 'brown fox', 'jumps over', 'the lazy', 'dog']);
    for (const line of lines) expect(fake.width(line, 10, false)).toBeLessThanOrEqual(50);
  });

  it('keeps hard line breaks and never adds hyphens', () => {
    expect(wrapText('one\ntwo three', 100, 10, false, fake)).toEqual(['one', 'two three']);
    expect(wrapText('a verylongwordthatdoesnotfit b', 50, 10, false, fake).join('')).not.toContain('-');
  });

  it('cuts a word wider than the line into pieces that fit', () => {
    expect(breakLongWord('abcdefghijkl', 25, 10, false, fake)).toEqual(['abcde', 'fghij', 'kl']);
    expect(wrapText('x abcdefghijkl', 25, 10, false, fake)).toEqual(['x', 'abcde', 'fghij', 'kl']);
  });

  it('truncates to one line with an ellipsis', () => {
    expect(truncateToWidth('abcdefghij', 30, 10, false, fake)).toBe('abcde…');
    expect(truncateToWidth('abc', 30, 10, false, fake)).toBe('abc');
  });
});

describe('widows and orphans', () => {
  it('splits only when two lines stay on each side', () => {
    expect(linesForPage(10, 20)).toBe(10);
    expect(linesForPage(10, 1)).toBe(0);
    expect(linesForPage(10, 9)).toBe(8);
    expect(linesForPage(3, 2)).toBe(0);
    expect(linesForPage(4, 3)).toBe(2);
  });

  it('never leaves a single line of a paragraph at the foot or head of a page', () => {
    const words = Array.from({ length: 40 }, (_, index) => `w${index}`).join(' ');
    const filler = Array.from({ length: 20 }, (_, index) => paragraph(`filler ${index}`));
    for (let extra = 0; extra < 6; extra += 1) {
      const laid = paginate([...filler.slice(0, 14 + extra), paragraph(words)], frame, fake);
      const perPage = laid.pages.map((page) => texts(page).filter((text) => /\bw\d/.test(text)).length);
      for (const count of perPage) expect(count === 0 || count >= 2).toBe(true);
    }
  });

  it('keeps a heading with the start of what follows it', () => {
    const filler = Array.from({ length: 17 }, (_, index) => paragraph(`filler ${index}`));
    const laid = paginate([...filler, heading('Lonely heading', 2), paragraph('body one two three four five six seven eight nine ten eleven twelve')], frame, fake);
    const page = laid.pages.findIndex((candidate) => texts(candidate).includes('Lonely heading'));
    expect(texts(laid.pages[page]).some((text) => text.startsWith('body'))).toBe(true);
  });
});

describe('tables', () => {
  it('repeats the header row on every page the table runs onto', () => {
    const rows = Array.from({ length: 60 }, (_, index) => [`row ${index + 1}`, 'x']);
    const laid = paginate([table([{ label: 'Action' }, { label: 'Lead' }], rows)], frame, fake);
    expect(laid.pages.length).toBeGreaterThan(2);
    for (const page of laid.pages) expect(texts(page).filter((text) => text === 'Action')).toHaveLength(1);
    const all = laid.pages.flatMap(texts);
    for (let index = 1; index <= 60; index += 1) expect(all).toContain(`row ${index}`);
  });

  it('keeps everything inside the margins', () => {
    const rows = Array.from({ length: 30 }, () => ['a long cell that must wrap over several lines in a narrow column', 'b']);
    const laid = paginate([heading('Title', 1), ...bullets(['one', 'two']), table([{ label: 'A', weight: 1 }, { label: 'B', weight: 1 }], rows)], frame, fake);
    for (const page of laid.pages) {
      for (const op of page.ops) {
        if (op.op === 'text') {
          expect(op.y).toBeLessThanOrEqual(frame.height - frame.marginBottom);
          expect(op.x + fake.width(op.text, op.size, op.bold)).toBeLessThanOrEqual(frame.width - frame.marginX + 0.01);
        }
      }
    }
  });

  it('records the page each anchored heading lands on', () => {
    const laid = paginate([heading('First', 1, 'a'), { kind: 'page-break' }, heading('Second', 1, 'b')], frame, fake);
    expect(laid.anchors.get('a')).toBe(0);
    expect(laid.anchors.get('b')).toBe(1);
  });
});
