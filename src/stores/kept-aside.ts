/**
 * Records kept aside (quarantine) as the UI sees them: list them, export one as
 * text so a person can keep it or ask for help, and discard one on request.
 *
 * Stored shape: `quarantine:<id>:<time>` entries (src/storage/quarantine.ts).
 * Lifecycle: entries are only ever removed by `discardKeptAside`, which the UI
 * offers after the person has exported the entry.
 */
import { discardQuarantined, listQuarantined, quarantinedText, type QuarantineEntry } from '../storage/quarantine';
import { workbookKey } from '../storage/keys';
import { getEngine, nowIso } from './context';
import { reportStorageError } from './save-status';

/** One kept-aside record, without its raw content. */
export interface KeptAside {
  /** Its storage key (pass to the other functions here). */
  key: string;
  /** The workbook id it belonged to. */
  id: string;
  /** When it was kept aside. */
  quarantinedAt: string;
  /** Why, in a sentence. */
  reason: string;
}

/** Every record kept aside, oldest first; an empty list if storage cannot be read (reported). */
export async function listKeptAside(): Promise<KeptAside[]> {
  try {
    const entries = await listQuarantined(await getEngine());
    return entries.map(({ key, id, quarantinedAt, reason }: QuarantineEntry) => ({ key, id, quarantinedAt, reason }));
  } catch (error) {
    reportStorageError(error, nowIso());
    return [];
  }
}

/** One kept-aside record as text for download, or null if it is gone. */
export async function keptAsideText(key: string): Promise<string | null> {
  const entries = await listQuarantined(await getEngine());
  const entry = entries.find((candidate) => candidate.key === key);
  return entry ? quarantinedText(entry) : null;
}

/** Removes one kept-aside record, at the person's request only. */
export async function discardKeptAside(key: string): Promise<void> {
  await discardQuarantined(await getEngine(), key);
}

/**
 * A stored workbook record exactly as saved, as text for download — used for
 * records that cannot be opened, so a person can keep them or ask for help.
 * Null when there is no such record.
 */
export async function storedRecordText(id: string): Promise<string | null> {
  const raw = await (await getEngine()).get(workbookKey(id));
  if (raw === undefined) return null;
  return quarantinedText({ key: workbookKey(id), id, quarantinedAt: '', reason: '', raw });
}
