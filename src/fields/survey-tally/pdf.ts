/**
 * The pupil pulse in PDF. Filled: each group's percent favourable per
 * statement, and no figure at all for fewer than 5 responses (someone could
 * work out how one pupil answered). Blank: the anonymous response sheet,
 * each statement with the scale's symbols drawn large to circle.
 */
import type { FieldPdf } from '../../pdf/field-context';
import { graphic, paragraph, table } from '../../pdf/layout/blocks';
import { symbolOps } from '../../pdf/layout/symbols';
import type { Block, Op } from '../../pdf/layout/types';
import { lineHeight, wrapText } from '../../pdf/layout/wrap';
import { formatDate } from '../../lib/dates';
import { MIN_GROUP_SIZE, groupSummary, type SurveyTallyDefinition, type SurveyTallyValue } from './schema';

const HIDDEN = `Not shown (fewer than ${MIN_GROUP_SIZE} responses)`;

/** One statement with its scale of symbols and labels; `scale` 1 for a worksheet, larger for pupils. */
function statementBlock(number: number, text: string, definition: SurveyTallyDefinition, scale: number): Block {
  const size = 10 * scale;
  const r = 9 * scale;
  return graphic(size * 3.2 + r * 2 + size * 1.8, ({ x, y, width }, measure) => {
    const lines = wrapText(`${number}. ${text}`, width, size, true, measure).slice(0, 2);
    const ops: Op[] = lines.map((line, index) => ({ op: 'text', x, y: y + size + index * lineHeight(size), text: line, size, bold: true }));
    const slot = Math.min(width / definition.scale.length, 110 * scale);
    const top = y + size * (0.6 + 1.3 * lines.length);
    definition.scale.forEach((point, index) => {
      const cx = x + slot * index + slot / 2;
      ops.push(...symbolOps(point.symbol, cx, top + r, r, measure));
      const label = measure.prepare(point.label);
      const labelSize = size * 0.8;
      ops.push({ op: 'text', x: cx - measure.width(label, labelSize, false) / 2, y: top + r * 2 + labelSize * 1.3, text: label, size: labelSize, bold: false });
    });
    return ops;
  });
}

/** The anonymous response sheet: instructions, then every statement with its scale. */
export function responseSheetBlocks(definition: SurveyTallyDefinition, scale = 1): Block[] {
  return [
    paragraph('Do not write your name. For each sentence, circle the picture that fits you best. You can leave out any sentence you would rather not answer.', { size: 10 * scale }),
    ...definition.items.map((item, index) => statementBlock(index + 1, item.text, definition, scale)),
    paragraph('If anything here made you feel worried or sad, you can talk to an adult you trust at school.', { size: 10 * scale, bold: true }),
  ];
}

/** Draws a survey-tally field. */
export const surveyTallyPdf: FieldPdf<SurveyTallyDefinition, SurveyTallyValue> = (definition, value, context) => {
  if (context.blank) return [paragraph(`Response sheet: ${definition.audience}`, { bold: true }), ...responseSheetBlocks(definition)];
  const groups = value ?? [];
  if (groups.length === 0) return [paragraph('No responses tallied yet.', { muted: true })];
  const favourable = definition.scale.slice(definition.scale.length - definition.favourableTop).map((point) => point.label).join(' or ');
  const blocks: Block[] = [paragraph(`Percent favourable: the share who answered ${favourable}.`, { muted: true })];
  for (const group of groups) {
    const summary = groupSummary(definition, group);
    const title = `${group.label.trim() || 'Unnamed group'}${group.date ? ` (${formatDate(group.date)})` : ''}`;
    const overall = summary.overall === null ? HIDDEN : `${summary.overall}% favourable overall`;
    blocks.push(paragraph(`${title}: ${overall}`, { bold: true, keepWithNext: true }));
    const rows = summary.statements.map((s) => [s.text, s.shown ? String(s.responses) : 'Fewer than 5', s.shown ? `${s.percent}%` : HIDDEN]);
    blocks.push(table([{ label: 'Statement', weight: 4 }, { label: 'Responses', weight: 1 }, { label: 'Percent favourable', weight: 1.6 }], rows));
  }
  return blocks;
};
