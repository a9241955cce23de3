/**
 * The working state of `planMerge`: entries already in each field (the
 * team's, then each planned addition), and "slots" — single answers or table
 * cells — collecting every contributed value before deciding between a
 * gap-filling addition and a conflict. Lives only while one plan is made.
 */
import { compareTexts, foldText, type Likeness } from './similarity';
import type { ConflictOption, MergeAddition, MergePlace, MergePlan, Resemblance } from './types';

/** An entry already in a field, for duplicate checks. */
export interface PoolEntry {
  /** Its id (the team's, or an addition's planned id). */
  id: string;
  /** Its words. */
  text: string;
  /** Who gave it. */
  by: string;
  /** A stricter identity for entries where only identical content is a duplicate. */
  exactKey?: string;
}

/** One value offered for a slot. */
interface Candidate {
  source: number;
  by: string;
  value: unknown;
  text: string;
}

/** A single answer or table cell that contributions may fill or disagree on. */
export interface Slot {
  place: MergePlace;
  cell?: { rowId: string; columnId: string; rowLabel: string; columnLabel: string };
  /** The team's value, undefined when there is none. */
  team: unknown;
  teamText: string;
  candidates: Candidate[];
}

/** The label used for the team's own entries and answers. */
export const TEAM = 'the team';

/** True for values that count as "no answer": nothing, blank text, an empty list. */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

/** Equal for merging: text ignoring case and spaces, choices ignoring order, otherwise the same JSON. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return foldText(a) === foldText(b);
  if (Array.isArray(a) && Array.isArray(b) && [...a, ...b].every((item) => typeof item === 'string')) {
    return a.length === b.length && new Set(a).size === new Set([...a, ...b]).size;
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The state of one plan being made. */
export class PlanState {
  readonly plan: MergePlan;
  private readonly pools = new Map<string, { entries: PoolEntry[]; ids: Set<string> }>();
  private readonly slots = new Map<string, Slot>();
  private count = 0;

  /** Starts an empty plan for `workbookId`. */
  constructor(
    workbookId: string,
    contributors: string[],
    private readonly makeId: () => string,
  ) {
    this.plan = { workbookId, contributors, additions: [], conflicts: [], combinations: [], skipped: [] };
  }

  /** A fresh key for an addition or conflict. */
  nextKey(prefix: string): string {
    this.count += 1;
    return `${prefix}-${String(this.count)}`;
  }

  /** The entries of a field, seeded once with the team's. */
  pool(place: MergePlace, seed: () => PoolEntry[]): { entries: PoolEntry[]; ids: Set<string> } {
    const key = `${place.worksheetId}\u0000${place.fieldId}`;
    let pool = this.pools.get(key);
    if (!pool) {
      const entries = seed();
      pool = { entries, ids: new Set(entries.map((entry) => entry.id)) };
      this.pools.set(key, pool);
    }
    return pool;
  }

  /** The entry an addition resembles most (an exact match before a near one), if any. */
  private resemblance(entries: readonly PoolEntry[], candidate: PoolEntry): Resemblance | undefined {
    let near: Resemblance | undefined;
    for (const entry of entries) {
      const likeness: Likeness =
        candidate.exactKey !== undefined ? (candidate.exactKey === entry.exactKey ? 'exact' : 'different') : compareTexts(candidate.text, entry.text);
      if (likeness === 'exact') return { level: 'exact', ofId: entry.id, ofText: entry.text, ofBy: entry.by };
      if (likeness === 'near' && !near) near = { level: 'near', ofId: entry.id, ofText: entry.text, ofBy: entry.by };
    }
    return near;
  }

  /** Plans adding one entry; a new id when its id is taken. */
  addEntry(place: MergePlace, source: number, by: string, entry: Record<string, unknown>, text: string, exactKey?: string, seed: () => PoolEntry[] = () => []): void {
    const pool = this.pool(place, seed);
    const originalId = String(entry['id']);
    const id = pool.ids.has(originalId) ? this.makeId() : originalId;
    const candidate: PoolEntry = { id, text, by, ...(exactKey === undefined ? {} : { exactKey }) };
    const duplicate = this.resemblance(pool.entries, candidate);
    pool.entries.push(candidate);
    pool.ids.add(id);
    const given = typeof entry['by'] === 'string' && entry['by'].trim() !== '' ? entry['by'] : by;
    const addition: MergeAddition = {
      ...place,
      key: this.nextKey('add'),
      source,
      by,
      text,
      target: { kind: 'entry', originalId, entry: { ...entry, id, by: given } },
    };
    if (duplicate) addition.duplicate = duplicate;
    this.plan.additions.push(addition);
  }

  /** Offers a value for a single answer or cell; the slot is created with the team's value. */
  offer(key: string, create: () => Omit<Slot, 'candidates'>, candidate: Candidate): void {
    let slot = this.slots.get(key);
    if (!slot) {
      slot = { ...create(), candidates: [] };
      this.slots.set(key, slot);
    }
    slot.candidates.push(candidate);
  }

  /** Turns every slot into nothing (all agree), a gap-filling addition, or a conflict. */
  finishSlots(): void {
    for (const slot of this.slots.values()) this.finishSlot(slot);
  }

  private finishSlot(slot: Slot): void {
    const distinct: (Candidate & { names: string[] })[] = [];
    for (const candidate of slot.candidates) {
      if (!isBlank(slot.team) && sameValue(candidate.value, slot.team)) continue;
      const same = distinct.find((option) => sameValue(option.value, candidate.value));
      if (same) same.names.push(candidate.by);
      else distinct.push({ ...candidate, names: [candidate.by] });
    }
    const [only] = distinct;
    if (!only) return;
    const by = (option: { names: string[] }): string => [...new Set(option.names)].join(' and ');
    if (isBlank(slot.team) && distinct.length === 1) {
      const target = slot.cell ? { kind: 'cell' as const, ...slot.cell, value: only.value as string } : { kind: 'answer' as const, value: only.value };
      this.plan.additions.push({ ...slot.place, key: this.nextKey('fill'), source: only.source, by: by(only), text: only.text, target });
      return;
    }
    const options: ConflictOption[] = [
      { by: TEAM, value: slot.team, text: slot.teamText },
      ...distinct.map((option) => ({ by: by(option), value: option.value, text: option.text })),
    ];
    this.plan.conflicts.push({ ...slot.place, key: this.nextKey('choose'), ...(slot.cell ? { cell: slot.cell } : {}), options });
  }
}
