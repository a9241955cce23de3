/**
 * Tab sync: tells other tabs of this site when a workbook record changed, over
 * the BroadcastChannel named in `keys.ts`. Messages carry ids and revisions
 * only, never answers: a tab that hears one reads the record from storage and
 * merges it (see `src/stores/autosave.ts`). Where BroadcastChannel is missing,
 * tabs simply do not hear each other; saving still merges field by field.
 */
import { CHANNEL_NAME } from './keys';

/** What one tab tells the others. */
export type TabMessage =
  | { type: 'saved'; id: string; rev: number; overwrote?: string[] }
  | { type: 'deleted'; id: string }
  | { type: 'list-changed' };

/** A channel to the other tabs. */
export interface TabSync {
  /** Tells the other tabs (never this one). */
  announce(message: TabMessage): void;
  /** Stops listening. */
  close(): void;
}

/** True for messages this release understands. */
function isTabMessage(value: unknown): value is TabMessage {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'saved' || type === 'deleted' || type === 'list-changed';
}

/** Opens the channel and calls `onMessage` for each message from another tab. */
export function openTabSync(onMessage: (message: TabMessage) => void, name: string = CHANNEL_NAME): TabSync {
  if (typeof BroadcastChannel === 'undefined') return { announce: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(name);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isTabMessage(event.data)) onMessage(event.data);
  };
  return {
    announce: (message) => {
      try {
        channel.postMessage(message);
      } catch {
        // A closed channel only means other tabs hear later, when they reload.
      }
    },
    close: () => channel.close(),
  };
}
