/**
 * Scale symbols drawn as vector shapes, so the pupil pulse's faces print
 * large and clearly whatever the font holds: sad, neutral and happy faces
 * are drawn; any other symbol is written as text.
 */
import type { Measurer, Op } from './types';

const FACES: Record<string, 'sad' | 'neutral' | 'happy'> = {
  '🙁': 'sad', '☹': 'sad', '☹️': 'sad', '😞': 'sad', '😟': 'sad',
  '😐': 'neutral', '😶': 'neutral',
  '🙂': 'happy', '☺': 'happy', '☺️': 'happy', '😀': 'happy', '😊': 'happy',
};

/** The mouth of a face as an SVG path, relative to the face's centre. */
function mouth(kind: 'sad' | 'neutral' | 'happy', r: number): string {
  const w = r * 0.5;
  const y = r * 0.35;
  if (kind === 'neutral') return `M ${-w} ${y} L ${w} ${y}`;
  const bend = kind === 'happy' ? r * 0.35 : -r * 0.35;
  const start = kind === 'happy' ? y - r * 0.1 : y + r * 0.1;
  return `M ${-w} ${start} Q 0 ${start + bend} ${w} ${start}`;
}

/** Draws `symbol` centred on (cx, cy) with radius `r`. */
export function symbolOps(symbol: string, cx: number, cy: number, r: number, measure: Measurer): Op[] {
  const face = FACES[symbol.trim()];
  if (face) {
    const ink = [0.1, 0.1, 0.12] as const;
    return [
      { op: 'circle', cx, cy, r, stroke: ink, width: Math.max(0.8, r / 10) },
      { op: 'circle', cx: cx - r * 0.35, cy: cy - r * 0.25, r: r * 0.09, fill: ink },
      { op: 'circle', cx: cx + r * 0.35, cy: cy - r * 0.25, r: r * 0.09, fill: ink },
      { op: 'path', x: cx, y: cy, d: mouth(face, r), stroke: ink, width: Math.max(0.8, r / 10) },
    ];
  }
  const text = measure.prepare(symbol);
  const size = r * 1.8;
  return [{ op: 'text', x: cx - measure.width(text, size, false) / 2, y: cy + size * 0.35, text, size, bold: false }];
}
