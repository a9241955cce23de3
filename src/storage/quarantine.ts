/**
 * Quarantine: records that could not be restored are kept aside here, exactly
 * as they were read, so nothing is ever wiped.
 *
 * Stored shape: `quarantine:<id>:<time>` → `QuarantineEntry`. Lifecycle: an
 * entry is written when a record is refused or repaired on load, or displaced
 * by a save; it is never deleted automatically — only when a person chooses to
 * (`discardQuarantined`) after exporting it with `quarantinedText`.
 */
import type { StorageEngine } from './engine';
import { QUARANTINE_PREFIX, quarantineKey } from './keys';

/** A record kept aside. */
export interface QuarantineEntry {
  /** The storage key it lives under. */
  key: string;
  /** The workbook id it belonged to. */
  id: string;
  /** When it was set aside. */
  quarantinedAt: string;
  /** Why, in a sentence people can read. */
  reason: string;
  /** The record exactly as it was read. */
  raw: unknown;
}

/** Keeps `raw` aside under a new quarantine key and returns the entry. */
export async function quarantine(
  engine: StorageEngine,
  id: string,
  raw: unknown,
  reason: string,
  now: string,
): Promise<QuarantineEntry> {
  let key = quarantineKey(id, now);
  // Two set-asides in the same millisecond must not overwrite each other.
  for (let n = 2; (await engine.get(key)) !== undefined; n += 1) key = `${quarantineKey(id, now)}~${String(n)}`;
  const entry: QuarantineEntry = { key, id, quarantinedAt: now, reason, raw };
  await engine.set(key, entry);
  return entry;
}

/** True when a stored value looks like a quarantine entry. */
function isEntry(value: unknown): value is QuarantineEntry {
  return typeof value === 'object' && value !== null && 'raw' in value && 'reason' in value;
}

/** Every record kept aside, oldest first. */
export async function listQuarantined(engine: StorageEngine): Promise<QuarantineEntry[]> {
  const keys = (await engine.keys()).filter((key) => key.startsWith(QUARANTINE_PREFIX));
  const entries = await Promise.all(keys.map(async (key) => engine.get(key)));
  return entries.filter(isEntry).sort((a, b) => a.quarantinedAt.localeCompare(b.quarantinedAt));
}

/** The raw record as readable text, so a person can export it and ask for help. */
export function quarantinedText(entry: QuarantineEntry): string {
  try {
    return `${JSON.stringify(entry.raw, null, 2)}\n`;
  } catch {
    return String(entry.raw);
  }
}

/** Removes one quarantined record: only ever on a person's request. */
export async function discardQuarantined(engine: StorageEngine, key: string): Promise<void> {
  if (!key.startsWith(QUARANTINE_PREFIX)) throw new Error(`Not a quarantine key: ${key}`);
  await engine.del(key);
}
