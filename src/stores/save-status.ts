/**
 * `$saveStatus`: what the "Saved · Saving… · Not saved" indicator shows.
 *
 * Stored shape: in memory only. Lifecycle: 'idle' until the first save; every
 * save goes 'saving' → 'saved' or 'error'. Every failure to read or write
 * work is reported here with a message and advice — never swallowed.
 */
import { atom } from 'nanostores';
import { describeStorageError } from '../storage/errors';

/** The states of the save indicator. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/** What the save indicator shows. */
export interface SaveStatus {
  /** Where saving is. */
  state: SaveState;
  /** One sentence: what happened (for 'error', or a note on 'saved'). */
  message?: string;
  /** What to do about it. */
  advice?: string;
  /** When this state was reached (ISO time). */
  at?: string;
}

/** What the save indicator shows. */
export const $saveStatus = atom<SaveStatus>({ state: 'idle' });

/** Marks a save as under way. */
export function reportSaving(at: string): void {
  $saveStatus.set({ state: 'saving', at });
}

/** Marks work as saved, optionally with a note (e.g. another tab's later edit was kept). */
export function reportSaved(at: string, message?: string): void {
  $saveStatus.set(message === undefined ? { state: 'saved', at } : { state: 'saved', at, message });
}

/** Reports a problem with saved work in words. */
export function reportProblem(message: string, advice: string, at: string): void {
  $saveStatus.set({ state: 'error', message, advice, at });
}

/** Reports a storage failure, classified (storage full, unavailable, other). */
export function reportStorageError(error: unknown, at: string): void {
  const problem = describeStorageError(error);
  reportProblem(problem.message, problem.advice, at);
}
