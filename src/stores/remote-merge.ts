/**
 * Hearing other tabs: when another tab saves the open workbook, read the
 * stored record and merge it into this page without losing this tab's unsaved
 * edits. Where the same answer was edited in both, the later edit wins, and
 * whoever lost is told in `$saveStatus` — never a silent overwrite.
 *
 * Stored shape: reads `workbook:<id>`; writes nothing. Lifecycle: runs for
 * each `TabMessage` the autosave listener hears. "Recently saved" answers are
 * remembered for two minutes so a tab whose saved edit is later replaced by
 * another tab's later edit of the same field can be told.
 */
import { answerAt, fieldKeyId, mergeFields, type FieldKey } from '../model/field-keys';
import { restoreWorkbook } from '../model/restore';
import { type Workbook } from '../model/workbook';
import { workbookKey } from '../storage/keys';
import type { TabMessage } from '../storage/tab-sync';
import { getEngine, nowIso } from './context';
import { reportProblem, reportSaved, reportStorageError } from './save-status';
import { $workbook, adoptStoredWorkbook } from './workbook';

/** What remote merging needs from the autosave listener's state. */
export interface MergeState {
  /** The open workbook as last accounted for. */
  baseline: Workbook | null;
  /** This tab's unsaved field keys. */
  dirty: Map<string, FieldKey>;
}

/** How long a saved answer counts as "this tab's recent edit". */
const RECENT_MS = 2 * 60 * 1000;

/** Answers this tab saved recently: key id → the saved answer's time and key. */
const recentlySaved = new Map<string, { key: FieldKey; updatedAt: string; savedAt: number }>();

/** Remembers the answers this tab just saved. */
export function rememberSaved(written: Workbook, keys: readonly FieldKey[]): void {
  const savedAt = Date.now();
  for (const key of keys) {
    if (key[0] !== 'answer') continue;
    const answer = answerAt(written, key);
    if (answer) recentlySaved.set(fieldKeyId(key), { key, updatedAt: answer.updatedAt, savedAt });
  }
}

/** A note naming the fields where another tab's later edit was kept, or undefined. */
export function describeLost(keys: readonly FieldKey[]): string | undefined {
  if (keys.length === 0) return undefined;
  const names = keys.map((key) => `‘${key.slice(2).join('.')}’`).join(', ');
  return `Another tab changed ${names} after you did; its later edit is kept.`;
}

/** Recently saved answers of ours that `remote` replaced with a later edit. */
function replacedRecentEdits(remote: Workbook): FieldKey[] {
  const lost: FieldKey[] = [];
  const now = Date.now();
  for (const [id, saved] of recentlySaved) {
    const key = saved.key;
    if (now - saved.savedAt > RECENT_MS || key[0] !== 'answer') {
      recentlySaved.delete(id);
      continue;
    }
    const answer = answerAt(remote, key);
    if (answer && answer.updatedAt > saved.updatedAt) {
      lost.push(key);
      recentlySaved.delete(id);
    }
  }
  return lost;
}

/** Reads the open workbook's record and merges it in, keeping unsaved edits. */
async function mergeFromStorage(id: string, rev: number, state: MergeState): Promise<void> {
  const raw = await (await getEngine()).get(workbookKey(id));
  const current = $workbook.get();
  if (raw === undefined || !current || current.id !== id || current.rev >= rev) return;
  const restored = restoreWorkbook(raw);
  if (!restored.ok) {
    reportProblem(restored.problem, 'Your answers are still on this page. Export the workbook file to keep them.', nowIso());
    return;
  }
  const { merged, lostTo } = mergeFields(restored.workbook, current, state.dirty.values());
  for (const key of lostTo) state.dirty.delete(fieldKeyId(key));
  const lost = [...new Map([...lostTo, ...replacedRecentEdits(restored.workbook)].map((key) => [fieldKeyId(key), key])).values()];
  adoptStoredWorkbook(merged);
  if (lost.length > 0) reportSaved(nowIso(), describeLost(lost));
}

/** Reacts to one message from another tab; reports any failure. */
export async function handleTabMessage(message: TabMessage, state: MergeState): Promise<void> {
  const openId = state.baseline?.id;
  if (openId === undefined || !('id' in message) || message.id !== openId) return;
  if (message.type === 'deleted') {
    reportProblem(
      'This workbook was deleted in another tab.',
      'Your answers are still on this page. Export the workbook file to keep them, or undo the delete in the other tab.',
      nowIso(),
    );
    return;
  }
  try {
    await mergeFromStorage(message.id, message.rev, state);
  } catch (error) {
    reportStorageError(error, nowIso());
  }
}
