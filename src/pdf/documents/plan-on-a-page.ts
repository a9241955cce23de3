/**
 * The plan on a page: priorities, actions (lead, due date, status),
 * indicators and the next review, on ONE A4 landscape page. When it would
 * not fit, the longest lists are cut and end with "and N more" (never
 * overflowing); the fitting is checked by laying the page out. Which
 * worksheet, field and columns fill each section is declared in the
 * worksheets' frontmatter (`summary`, src/worksheets/summary.ts).
 */
import { formatDate, formatDateInWords } from '../../lib/dates';
import { changeSummary, formatValue, sortedFollowUps } from '../../fields/indicator/change-summary';
import { IndicatorFollowUpValueSchema, indicatorsFromRaw } from '../../fields/indicator/schema';
import { statusText } from '../../fields/status/pdf';
import { columnOptions } from '../../fields/table/options';
import { tableRowsForDisplay } from '../../fields/table/rows';
import { TableValueSchema } from '../../fields/table/schema';
import { summarySource } from '../../worksheets/summary';
import type { DocumentParts } from '../compose';
import { bullets, heading, paragraph, table } from '../layout/blocks';
import type { Block } from '../layout/types';
import type { WorkbookScope } from '../workbook-scope';

type Rows = string[][];

/** The team's chosen priorities. */
function priorities(scope: WorkbookScope): string[] {
  const source = summarySource(scope.worksheets.values(), 'priorities');
  return source ? scope.contextFor(source.sheet, false).itemsOf({ field: source.field.id, unfinishedOnly: false }).map((item) => item.label) : [];
}

/** Action, priority, lead, due, status for every action with any text. */
function actions(scope: WorkbookScope): Rows {
  const source = summarySource(scope.worksheets.values(), 'actions');
  if (source?.field.type !== 'table') return [];
  const { sheet, field } = source;
  const ids = source.declared.columns;
  const parsed = TableValueSchema.safeParse(scope.valueOf(sheet.id, field));
  const context = scope.contextFor(sheet, false);
  const priorityColumn = field.columns.find((column) => column.id === ids.priority);
  const labels = new Map(priorityColumn ? columnOptions(priorityColumn, context.itemsOf).map((option) => [option.value, option.label]) : []);
  const rows = tableRowsForDisplay(field, parsed.success ? parsed.data : [], context.itemsOf);
  return rows
    .filter((row) => (row.cells[ids.action] ?? '').trim() !== '')
    .map((row) => {
      const cell = (id: string) => (row.cells[id] ?? '').trim();
      const due = cell(ids.due);
      return [cell(ids.action), labels.get(cell(ids.priority)) ?? cell(ids.priority), cell(ids.lead), due ? formatDate(due) : '', statusText(cell(ids.status) || undefined, due, context.today)];
    });
}

/** The saved answer of a section's field, or undefined when no worksheet declares it. */
function rawOf(scope: WorkbookScope, section: 'indicators' | 'results'): unknown {
  const source = summarySource(scope.worksheets.values(), section);
  return source ? scope.contextFor(source.sheet, false).rawValueOf({ worksheet: source.sheet.id, field: source.field.id, unfinishedOnly: false }) : undefined;
}

/** Indicator, baseline, target, latest, re-measure date. */
function indicators(scope: WorkbookScope): Rows {
  const defined = indicatorsFromRaw(rawOf(scope, 'indicators'));
  const parsed = IndicatorFollowUpValueSchema.safeParse(rawOf(scope, 'results'));
  const entries = parsed.success ? parsed.data : {};
  return defined
    .filter((indicator) => indicator.name.trim() !== '')
    .map((indicator) => {
      const show = (value: number | undefined) => (value === undefined ? '' : formatValue(value, indicator.kind));
      const followUps = entries[indicator.id]?.followUps ?? [];
      const latest = sortedFollowUps(followUps).at(-1);
      const summary = changeSummary(indicator, followUps);
      return [indicator.name, show(indicator.baseline), show(indicator.target), latest ? `${show(latest.value)} (${summary.targetText.replace(/\.$/, '')})` : 'Not yet measured', indicator.remeasureOn ? formatDate(indicator.remeasureOn) : ''];
    });
}

/** Cuts a list to `keep` rows, with a last row saying how many more there are. */
export function capRows(rows: Rows, keep: number, width: number): Rows {
  if (rows.length <= keep) return rows;
  const shown = rows.slice(0, Math.max(0, keep - 1));
  const more = rows.length - shown.length;
  return [...shown, [`and ${more} more`, ...Array.from({ length: width - 1 }, () => '')]];
}

/** The page's blocks with at most the given numbers of priorities, actions and indicators. */
function pageBlocks(scope: WorkbookScope, all: { p: string[]; a: Rows; i: Rows }, keep: { p: number; a: number; i: number }): Block[] {
  const { setup } = scope.workbook;
  const day = (iso: string | undefined) => formatDateInWords(iso) ?? 'not set';
  const shownPriorities = capRows(all.p.map((text) => [text]), keep.p, 1).map((row) => row[0] ?? '');
  return [
    heading(`${scope.workbook.title}: plan on a page`, 2),
    paragraph([setup.schoolName?.trim(), `Cycle ${day(setup.cycleStart)} to ${day(setup.cycleEnd)}`, `Next review: ${day(setup.reviewDate)}`].filter(Boolean).join(' · '), { size: 9 }),
    heading('Priorities', 3),
    ...bullets(shownPriorities, 'No priorities chosen yet.'),
    heading('Actions', 3),
    ...(all.a.length > 0 ? [table([{ label: 'Action', weight: 4 }, { label: 'Priority', weight: 2.2 }, { label: 'Lead', weight: 1.6 }, { label: 'Due', weight: 1.1 }, { label: 'Status', weight: 1.4 }], capRows(all.a, keep.a, 5))] : [paragraph('No actions yet.', { muted: true })]),
    heading('Indicators', 3),
    ...(all.i.length > 0 ? [table([{ label: 'Indicator', weight: 3 }, { label: 'Baseline', weight: 1 }, { label: 'Target', weight: 1 }, { label: 'Latest', weight: 2 }, { label: 'Re-measure on', weight: 1.2 }], capRows(all.i, keep.i, 5))] : [paragraph('No indicators yet.', { muted: true })]),
    paragraph(`Next review: ${day(setup.reviewDate)}`, { bold: true }),
  ];
}

/** The plan-on-a-page parts; `fits` says whether given blocks lay out on one page. */
export function planOnAPageParts(scope: WorkbookScope, fits: (blocks: Block[]) => boolean): DocumentParts {
  const all = { p: priorities(scope), a: actions(scope), i: indicators(scope) };
  const keep = { p: all.p.length, a: all.a.length, i: all.i.length };
  const order: ('a' | 'i' | 'p')[] = ['a', 'i', 'p'];
  let blocks = pageBlocks(scope, all, keep);
  while (!fits(blocks)) {
    const longest = order.reduce((best, key) => (keep[key] > keep[best] ? key : best), 'a');
    if (keep[longest] <= 1) break;
    keep[longest] = keep[longest] > 12 ? Math.ceil(keep[longest] * 0.8) : keep[longest] - 1;
    blocks = pageBlocks(scope, all, keep);
  }
  return { body: blocks, header: scope.workbook.title, headerRight: 'Plan on a page' };
}
