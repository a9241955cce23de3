/**
 * The write at the heart of autosave: inside one atomic `update()`, read the
 * stored record, apply only the fields this tab changed, bump `rev`, write.
 * Two tabs editing different fields therefore both keep their edits; for the
 * same answer the later `updatedAt` wins and the loser is reported.
 *
 * A stored record that cannot be restored is never overwritten blindly: the
 * write stops with `StoredRecordError`, the caller keeps the record aside
 * (quarantine) and only then writes again with `replaceUnreadable`.
 */
import { mergeFields, type FieldKey } from '../model/field-keys';
import { restoreWorkbook, type RestoreRefusal } from '../model/restore';
import { type Workbook } from '../model/workbook';
import type { StorageEngine } from '../storage/engine';
import { workbookKey } from '../storage/keys';

/** The stored record could not be restored, so it was not written over. */
export class StoredRecordError extends Error {
  /** Why it could not be restored. */
  readonly reason: RestoreRefusal;
  /** The record exactly as stored. */
  readonly raw: unknown;

  /** Wraps a refused restore of the stored record. */
  constructor(problem: string, reason: RestoreRefusal, raw: unknown) {
    super(problem);
    this.name = 'StoredRecordError';
    this.reason = reason;
    this.raw = raw;
  }
}

/** What a merged write stored. */
export interface WriteOutcome {
  /** The record as written. */
  written: Workbook;
  /** Answer keys where the stored value was a later edit and was kept. */
  lostTo: FieldKey[];
}

/** The record to merge onto: the stored one, or this tab's own copy when none is usable. */
function baseFor(stored: unknown, local: Workbook, replaceUnreadable: boolean): Workbook {
  if (stored === undefined) return local;
  const restored = restoreWorkbook(stored);
  if (restored.ok) return restored.workbook;
  if (replaceUnreadable && restored.reason !== 'newer-version') return local;
  throw new StoredRecordError(restored.problem, restored.reason, stored);
}

/** Merges `keys` from `local` into the stored record atomically and returns what was written. */
export async function writeMerged(
  engine: StorageEngine,
  local: Workbook,
  keys: readonly FieldKey[],
  now: string,
  replaceUnreadable = false,
): Promise<WriteOutcome> {
  let outcome: WriteOutcome | undefined;
  await engine.update(workbookKey(local.id), (stored) => {
    const base = baseFor(stored, local, replaceUnreadable);
    const { merged, lostTo } = mergeFields(base, local, keys);
    const written: Workbook = { ...merged, rev: Math.max(base.rev, local.rev) + 1, updatedAt: now };
    outcome = { written, lostTo };
    return written;
  });
  if (!outcome) throw new Error('The save did not run.');
  return outcome;
}
