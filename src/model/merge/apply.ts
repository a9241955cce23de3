/**
 * `applyMerge`: the team's workbook with a reviewed merge plan applied, as a
 * new object (the input is never changed, so keeping it is enough to undo).
 * Nothing the team wrote is overwritten unless the facilitator chose a
 * contributor's answer in a conflict. Pure.
 */
import { MAX_DOTS } from '../../fields/dot-vote/schema';
import { currentCycle, type Answer, type Answers, type Workbook } from '../workbook';
import type { MergeAddition, MergeCombination, MergeDecisions, MergePlan } from './types';

/** The facilitator's starting choices: drop exact duplicates, keep near ones, keep the team's answer in every conflict. */
export function defaultDecisions(plan: MergePlan): MergeDecisions {
  const keep: Record<string, boolean> = {};
  for (const addition of plan.additions) if (addition.duplicate) keep[addition.key] = addition.duplicate.level === 'near';
  return { keep, choose: Object.fromEntries(plan.conflicts.map((conflict) => [conflict.key, 0])) };
}

/** True when an addition is to be applied. */
export function isKept(addition: MergeAddition, decisions: MergeDecisions): boolean {
  return !addition.duplicate || (decisions.keep[addition.key] ?? addition.duplicate.level === 'near');
}

/** The answers of the current cycle, changed copy-on-write with one time and author per change. */
class AnswerWriter {
  readonly answers: Answers;

  constructor(answers: Answers, private readonly now: string) {
    this.answers = { ...answers };
  }

  get(worksheetId: string, fieldId: string): unknown {
    return this.answers[worksheetId]?.[fieldId]?.value;
  }

  set(worksheetId: string, fieldId: string, value: unknown, by?: string): void {
    const old = this.answers[worksheetId]?.[fieldId];
    const answer: Answer = { ...old, value: value as Answer['value'], updatedAt: this.now };
    if (by !== undefined) answer.by = by;
    this.answers[worksheetId] = { ...this.answers[worksheetId], [fieldId]: answer };
  }

  /** Sets one cell, adding the row (tagged with its contributor) when the team has none yet. */
  setCell(worksheetId: string, fieldId: string, rowId: string, columnId: string, value: string, by: string): void {
    const rows = (this.get(worksheetId, fieldId) as { id: string; cells: Record<string, string> }[] | undefined) ?? [];
    const found = rows.some((row) => row.id === rowId);
    const changed = found
      ? rows.map((row) => (row.id === rowId ? { ...row, cells: { ...row.cells, [columnId]: value } } : row))
      : [...rows, { id: rowId, cells: { [columnId]: value }, by }];
    this.set(worksheetId, fieldId, changed);
  }
}

/** Per contribution, where each contributed entry id ended up: its own id, or the entry it duplicated. */
function idMaps(plan: MergePlan, decisions: MergeDecisions): Map<number, Map<string, string>> {
  const byPlannedId = new Map<string, MergeAddition>();
  for (const addition of plan.additions) if (addition.target.kind === 'entry') byPlannedId.set(String(addition.target.entry['id']), addition);
  const finalId = (addition: MergeAddition, depth = 0): string => {
    const planned = addition.target.kind === 'entry' ? String(addition.target.entry['id']) : '';
    if (isKept(addition, decisions) || !addition.duplicate || depth > 20) return planned;
    const of = byPlannedId.get(addition.duplicate.ofId);
    return of && of !== addition ? finalId(of, depth + 1) : addition.duplicate.ofId;
  };
  const maps = new Map<number, Map<string, string>>();
  for (const addition of plan.additions) {
    if (addition.target.kind !== 'entry') continue;
    const map = maps.get(addition.source) ?? new Map<string, string>();
    map.set(addition.target.originalId, finalId(addition));
    maps.set(addition.source, map);
  }
  return maps;
}

/** Adds one combination's dots, placements or ticks, mapping item ids through `ids`. */
function combine(writer: AnswerWriter, combination: MergeCombination, ids: Map<string, string> | undefined): void {
  const { worksheetId, fieldId } = combination;
  const mapped = (id: string): string => ids?.get(id) ?? id;
  if (combination.kind === 'ticks') {
    const ticked = (writer.get(worksheetId, fieldId) as string[] | undefined) ?? [];
    const added = (combination.value as string[]).filter((id) => !ticked.includes(id));
    if (added.length > 0) writer.set(worksheetId, fieldId, [...ticked, ...added]);
    return;
  }
  const current = { ...((writer.get(worksheetId, fieldId) as Record<string, unknown> | undefined) ?? {}) };
  let changed = false;
  for (const [id, given] of Object.entries(combination.value as Record<string, unknown>)) {
    const key = mapped(id);
    if (combination.kind === 'dots') {
      current[key] = Math.min(MAX_DOTS, ((current[key] as number | undefined) ?? 0) + (given as number));
      changed = true;
    } else if (current[key] === undefined) {
      current[key] = given;
      changed = true;
    }
  }
  if (changed) writer.set(worksheetId, fieldId, current);
}

/** Applies one kept addition. */
function add(writer: AnswerWriter, addition: MergeAddition): void {
  const { worksheetId, fieldId, target } = addition;
  if (target.kind === 'entry') {
    const entries = (writer.get(worksheetId, fieldId) as unknown[] | undefined) ?? [];
    writer.set(worksheetId, fieldId, [...entries, target.entry]);
  } else if (target.kind === 'answer') {
    writer.set(worksheetId, fieldId, target.value, addition.by);
  } else {
    writer.setCell(worksheetId, fieldId, target.rowId, target.columnId, target.value, addition.by);
  }
}

/**
 * The team's workbook with the plan applied as the facilitator decided.
 * Answers that change get `updatedAt: now`; the team's workbook is not changed.
 */
export function applyMerge(team: Workbook, plan: MergePlan, decisions: MergeDecisions, now: string = new Date().toISOString()): Workbook {
  if (plan.workbookId !== team.id) throw new Error('This merge was planned for another workbook.');
  const cycle = currentCycle(team);
  const writer = new AnswerWriter(cycle.answers, now);
  for (const addition of plan.additions) if (isKept(addition, decisions)) add(writer, addition);
  for (const conflict of plan.conflicts) {
    const chosen = decisions.choose[conflict.key] ?? 0;
    const option = conflict.options[chosen];
    if (chosen === 0 || !option) continue;
    if (conflict.cell) writer.setCell(conflict.worksheetId, conflict.fieldId, conflict.cell.rowId, conflict.cell.columnId, option.value as string, option.by);
    else writer.set(conflict.worksheetId, conflict.fieldId, option.value, option.by);
  }
  const maps = idMaps(plan, decisions);
  for (const combination of plan.combinations) combine(writer, combination, maps.get(combination.source));
  const changed = { ...cycle, answers: writer.answers };
  return { ...team, cycles: team.cycles.map((candidate) => (candidate.id === cycle.id ? changed : candidate)), updatedAt: now };
}

/** A one-line summary of what applying would do, for the review and the announcement. */
export function summariseMerge(plan: MergePlan, decisions: MergeDecisions): string {
  const added = plan.additions.filter((addition) => isKept(addition, decisions)).length;
  const chosen = plan.conflicts.filter((conflict) => (decisions.choose[conflict.key] ?? 0) !== 0).length;
  const parts = [`${String(added)} ${added === 1 ? 'entry or answer' : 'entries and answers'} added`, `${String(chosen)} answer${chosen === 1 ? '' : 's'} replaced by a contributor’s`];
  if (plan.combinations.length > 0) parts.push(`${String(plan.combinations.length)} set${plan.combinations.length === 1 ? '' : 's'} of votes, placements or ticks combined`);
  return `${parts.join(', ')}.`;
}
