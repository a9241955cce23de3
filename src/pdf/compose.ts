/**
 * Putting a document together: a cover (its own page, no running header),
 * contents with real page numbers, the body, then a running header and
 * "Page n of N" on every page after the cover. Pure.
 */
import { graphic, heading } from './layout/blocks';
import { paginate } from './layout/paginate';
import type { Block, Frame, LaidOutPage, Measurer, Op } from './layout/types';
import { truncateToWidth } from './layout/wrap';

/** Paper sizes in points (portrait). */
export const PAPER = { a4: [595.28, 841.89], letter: [612, 792] } as const;

/** The printable frame for a paper size. */
export function frameFor(paper: keyof typeof PAPER, landscape = false): Frame {
  const [short, long] = PAPER[paper];
  const [width, height] = landscape ? [long, short] : [short, long];
  return { width, height, marginX: 50, marginTop: 62, marginBottom: 58 };
}

/** An entry in the contents: its title and the anchor of its heading. */
export interface ContentsEntry {
  title: string;
  anchor: string;
  /** Indented under the entry before it (a worksheet under its stage). */
  sub?: boolean;
}

/** What a document is made of. */
export interface DocumentParts {
  cover?: Block[];
  contents?: ContentsEntry[];
  body: Block[];
  /** The running header's left side, e.g. the workbook's name. */
  header: string;
  /** The running header's right side, e.g. "Plan". */
  headerRight: string;
  /** No running header or page numbers (pupils' response sheets). */
  plain?: boolean;
}

/** One contents line: title, dotted leader, page number. */
function contentsLine(title: string, page: number, sub: boolean): Block {
  return graphic(sub ? 16 : 20, ({ x: left, y, width: full }, measure) => {
    const x = sub ? left + 16 : left;
    const width = sub ? full - 16 : full;
    const size = sub ? 10 : 11;
    const number = String(page);
    const numberWidth = measure.width(number, size, !sub);
    const text = truncateToWidth(title, width - numberWidth - 40, size, !sub, measure);
    const textWidth = measure.width(text, size, !sub);
    return [
      { op: 'text', x, y: y + 12, text, size, bold: !sub },
      { op: 'line', x1: x + textWidth + 6, y1: y + 12, x2: x + width - numberWidth - 6, y2: y + 12, width: 0.6, color: [0.6, 0.6, 0.6], dash: true },
      { op: 'text', x: x + width - numberWidth, y: y + 12, text: number, size, bold: !sub },
    ];
  });
}

/** The running header and footer for one page. */
function furniture(frame: Frame, parts: DocumentParts, page: number, total: number, measure: Measurer): Op[] {
  const left = frame.marginX;
  const right = frame.width - frame.marginX;
  const size = 8;
  const label = `Page ${page} of ${total}`;
  const rightText = measure.prepare(parts.headerRight);
  const rightWidth = measure.width(rightText, size, false);
  return [
    { op: 'text', x: left, y: 36, text: truncateToWidth(parts.header, right - left - rightWidth - 20, size, true, measure), size, bold: true, color: [0.3, 0.3, 0.33] },
    { op: 'text', x: right - rightWidth, y: 36, text: rightText, size, bold: false, color: [0.3, 0.3, 0.33] },
    { op: 'line', x1: left, y1: 42, x2: right, y2: 42, width: 0.5, color: [0.7, 0.7, 0.7] },
    { op: 'text', x: (frame.width - measure.width(label, size, false)) / 2, y: frame.height - 30, text: label, size, bold: false, color: [0.3, 0.3, 0.33] },
  ];
}

/** Lays out a whole document into pages. */
export function compose(parts: DocumentParts, frame: Frame, measure: Measurer): LaidOutPage[] {
  const cover = parts.cover ? paginate(parts.cover, frame, measure).pages : [];
  const body = paginate(parts.body, frame, measure);
  let contents: LaidOutPage[] = [];
  if (parts.contents && parts.contents.length > 0) {
    const entries = parts.contents;
    const make = (offset: number) => [heading('Contents', 1), ...entries.map((entry) => contentsLine(entry.title, (body.anchors.get(entry.anchor) ?? 0) + offset + 1, entry.sub ?? false))];
    const draft = paginate(make(0), frame, measure).pages.length;
    contents = paginate(make(cover.length + draft), frame, measure).pages;
  }
  const pages = [...cover, ...contents, ...body.pages];
  return pages.map((page, index) => (index < cover.length || parts.plain ? page : { ops: [...page.ops, ...furniture(frame, parts, index + 1, pages.length, measure)] }));
}
