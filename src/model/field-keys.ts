/**
 * Field keys: how saving knows *what* changed, so that a save writes only this
 * tab's edits on top of what is stored, and two tabs editing different fields
 * both keep their work.
 *
 * A field key is a small path: `['top', key]` for top-level values such as the
 * title, `['setup', key]` for one part of the setup, `['cycle', cycleId, key]`
 * for a cycle's own values and `['answer', cycleId, worksheetId, fieldId]` for
 * one answer. Cycles are addressed by id, never by position.
 */
import type { Answer, Cycle, Workbook } from './workbook';

/** One place in a workbook that can change on its own. */
export type FieldKey =
  | readonly ['top', string]
  | readonly ['setup', string]
  | readonly ['cycle', string, string]
  | readonly ['answer', string, string, string];

/** Top-level keys that saving manages itself, never copied between tabs. */
const MANAGED_KEYS = new Set(['id', 'cycles', 'rev', 'updatedAt', 'schemaVersion', 'setup']);

/** A field key as a string, for sets and maps. */
export function fieldKeyId(key: FieldKey): string {
  return JSON.stringify(key);
}

/** The reverse of `fieldKeyId`. */
export function parseFieldKeyId(id: string): FieldKey {
  return JSON.parse(id) as FieldKey;
}

/** Every key of either object. */
function unionKeys(a: object | undefined, b: object | undefined): Set<string> {
  return new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
}

/** The keys of one cycle that differ between two versions of it. */
function diffCycle(before: Cycle | undefined, after: Cycle): FieldKey[] {
  if (before === after) return [];
  const keys: FieldKey[] = [];
  for (const key of unionKeys(before, after)) {
    if (key === 'id' || key === 'answers') continue;
    if (before?.[key] !== after[key]) keys.push(['cycle', after.id, key]);
  }
  if (before?.answers === after.answers) return keys;
  for (const worksheetId of unionKeys(before?.answers, after.answers)) {
    const was = before?.answers[worksheetId];
    const now = after.answers[worksheetId];
    if (was === now) continue;
    for (const fieldId of unionKeys(was, now)) {
      if (was?.[fieldId] !== now?.[fieldId]) keys.push(['answer', after.id, worksheetId, fieldId]);
    }
  }
  return keys;
}

/**
 * The fields that differ between two versions of the same workbook, compared
 * by reference (store updates replace what they change and share the rest).
 */
export function diffWorkbook(before: Workbook, after: Workbook): FieldKey[] {
  const keys: FieldKey[] = [];
  for (const key of unionKeys(before, after)) {
    if (!MANAGED_KEYS.has(key) && before[key] !== after[key]) keys.push(['top', key]);
  }
  if (before.setup !== after.setup) {
    for (const key of unionKeys(before.setup, after.setup)) {
      if (before.setup[key] !== after.setup[key]) keys.push(['setup', key]);
    }
  }
  if (before.cycles !== after.cycles) {
    const beforeById = new Map(before.cycles.map((cycle) => [cycle.id, cycle]));
    for (const cycle of after.cycles) keys.push(...diffCycle(beforeById.get(cycle.id), cycle));
  }
  return keys;
}

/** The answer at an answer key, if any. */
export function answerAt(workbook: Workbook, key: readonly ['answer', string, string, string]): Answer | undefined {
  const [, cycleId, worksheetId, fieldId] = key;
  return workbook.cycles.find((cycle) => cycle.id === cycleId)?.answers[worksheetId]?.[fieldId];
}

/** Sets or removes one key of a plain object (undefined removes). */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}

/** The cycle with this id in `target`, added (empty) if it is not there yet. */
function ensureCycle(target: Workbook, cycleId: string): Cycle {
  let cycle = target.cycles.find((candidate) => candidate.id === cycleId);
  if (!cycle) {
    cycle = { id: cycleId, number: target.cycles.length + 1, startedAt: target.updatedAt, answers: {} };
    target.cycles.push(cycle);
  }
  return cycle;
}

/** Copies the value at one key from `source` into `target` (which is changed). */
function copyField(target: Workbook, source: Workbook, key: FieldKey): void {
  if (key[0] === 'top') put(target, key[1], source[key[1]]);
  else if (key[0] === 'setup') put(target.setup, key[1], source.setup[key[1]]);
  else if (key[0] === 'cycle') {
    const from = source.cycles.find((cycle) => cycle.id === key[1]);
    if (from) put(ensureCycle(target, key[1]), key[2], from[key[2]]);
  } else {
    const answers = ensureCycle(target, key[1]).answers;
    const sheet = { ...answers[key[2]] };
    put(sheet, key[3], answerAt(source, key));
    answers[key[2]] = sheet;
  }
}

/** A fresh, independent copy of the parts of a workbook that merging changes. */
function shallowWorkbookCopy(workbook: Workbook): Workbook {
  return {
    ...workbook,
    setup: { ...workbook.setup },
    cycles: workbook.cycles.map((cycle) => ({ ...cycle, answers: { ...cycle.answers } })),
  };
}

/** What a merge produced. */
export interface MergeResult {
  /** `base` with the chosen fields of `mine` applied. */
  merged: Workbook;
  /** Answer keys where `base` held a later edit than `mine`, so `base` was kept. */
  lostTo: FieldKey[];
}

/**
 * Applies the values at `keys` from `mine` on top of `base`. For answers, the
 * later `updatedAt` wins: where `base` has the later edit it is kept and the
 * key is reported in `lostTo`. Neither input is changed.
 */
export function mergeFields(base: Workbook, mine: Workbook, keys: Iterable<FieldKey>): MergeResult {
  const merged = shallowWorkbookCopy(base);
  const lostTo: FieldKey[] = [];
  for (const key of keys) {
    if (key[0] === 'answer') {
      const theirs = answerAt(base, key);
      const ours = answerAt(mine, key);
      if (theirs && ours && theirs.updatedAt > ours.updatedAt) {
        lostTo.push(key);
        continue;
      }
    }
    copyField(merged, mine, key);
  }
  return { merged, lostTo };
}
