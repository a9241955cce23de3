/** A dot vote in PDF: a table of items with their dots, most first, or empty boxes to tally in. */
import type { FieldPdf } from '../../pdf/field-context';
import { notAnswered } from '../../pdf/layout/common-blocks';
import { table } from '../../pdf/layout/blocks';
import { describeDots, type DotVoteDefinition, type DotVoteValue } from './schema';

/** Draws a dot-vote field. */
export const dotVotePdf: FieldPdf<DotVoteDefinition, DotVoteValue> = (definition, value, context) => {
  const items = context.itemsOf(definition.itemsFrom);
  const columns = [{ label: 'Item', weight: 4 }, { label: 'Dots', weight: 1 }];
  if (context.blank) return [table(columns, items.map((item) => [item.label, '']), items.length === 0 ? 5 : 0)];
  if (items.length === 0) return [notAnswered()];
  const ranked = [...items].sort((a, b) => (value?.[b.id] ?? 0) - (value?.[a.id] ?? 0));
  return [table(columns, ranked.map((item) => [item.label, describeDots(value?.[item.id] ?? 0)]))];
};
