/**
 * The presenter's place for the island: the session record (session.ts),
 * loaded once the workbook is open and stored on every change, and the
 * worksheet and prompt shown, kept in the page address (`?sheet=`) so a
 * reload or a shared link opens the same worksheet.
 */
import { useEffect, useState } from 'preact/hooks';
import type { WorksheetDef } from '../../worksheets/types';
import { loadSession, newSession, storeSession, withSheet, type WorkshopSession } from '../../stores/workshop-session';

/** What the hook hands back. */
export interface Place {
  /** The session record, once the workbook is open. */
  session: WorkshopSession | null;
  /** The worksheet shown, if any. */
  sheet: WorksheetDef | undefined;
  /** The prompt shown, from 0. */
  index: number;
  /** Shows a worksheet, at a field if given. */
  showSheet: (id: string, fieldId?: string) => void;
  /** Shows the prompt at `index`. */
  showPrompt: (index: number) => void;
  /** Changes the session record. */
  update: (change: (session: WorkshopSession) => WorkshopSession) => void;
  /** Starts a new session from now. */
  restart: () => void;
}

/** Puts the worksheet id in the address without reloading. */
function writeAddress(sheetId: string): void {
  const url = new URL(globalThis.location.href);
  url.searchParams.set('sheet', sheetId);
  globalThis.history.replaceState(globalThis.history.state, '', url);
}

/** The presenter's place for the workbook `workbookId` (null until open). */
export function useWorkshopPlace(defs: ReadonlyMap<string, WorksheetDef>, workbookId: string | null): Place {
  const [sheetId, setSheetId] = useState<string | null>(() => new URLSearchParams(globalThis.location?.search ?? '').get('sheet'));
  const [index, setIndex] = useState(0);
  const [session, setSession] = useState<WorkshopSession | null>(null);
  const sheet = sheetId ? defs.get(sheetId) : undefined;

  useEffect(() => {
    if (workbookId) setSession(loadSession(workbookId, new Date().toISOString()));
  }, [workbookId]);

  const update = (change: (current: WorkshopSession) => WorkshopSession) => {
    setSession((current) => {
      if (!current || !workbookId) return current;
      const next = change(current);
      storeSession(workbookId, next);
      return next;
    });
  };
  // Every worksheet shown joins the session's summary.
  useEffect(() => {
    if (sheet && session && !session.sheets.includes(sheet.id)) update((current) => withSheet(current, sheet.id));
  });

  const showSheet = (id: string, fieldId?: string) => {
    const target = defs.get(id);
    if (!target) return;
    setSheetId(id);
    setIndex(Math.max(0, target.fields.findIndex((field) => field.id === fieldId)));
    writeAddress(id);
  };
  const showPrompt = (next: number) => {
    if (sheet && next >= 0 && next < sheet.fields.length) setIndex(next);
  };
  const restart = () => update(() => newSession(new Date().toISOString()));
  return { session, sheet, index: sheet ? Math.min(index, sheet.fields.length - 1) : 0, showSheet, showPrompt, update, restart };
}
