/** Blocks many field types share. */
import { paragraph, tickBox } from './blocks';
import type { Block } from './types';

/** Said where a field has no answer. */
export function notAnswered(): Block {
  return paragraph('Not answered.', { muted: true });
}

/** A tick box per option, for blank choices and checklists. */
export function tickBoxes(labels: readonly string[]): Block[] {
  return labels.map((label) => tickBox(label));
}
