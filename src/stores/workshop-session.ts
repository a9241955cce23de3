/**
 * One workshop session in this tab: when it started, the worksheets shown,
 * and the plan and step chosen, so a reload keeps the presenter's place and
 * the summary knows what "this session" means.
 *
 * Stored shape: sessionStorage `bw:workshop:<workbookId>` →
 * `{ startedAt: ISO time, sheets: string[], agendaId: string | null, step: number }`.
 * Lifecycle: created on first use in a tab; updated as sheets are shown
 * and steps chosen; "Start a new session" replaces it. Losing it (a new tab,
 * blocked storage) only means a new session starts: answers live in the
 * workbook, never here.
 */
import { workshopSessionKey } from '../storage/keys';

/** The session record. */
export interface WorkshopSession {
  /** When the session started (ISO time): answers changed since then are "this session's". */
  startedAt: string;
  /** Worksheet ids shown in this session, in the order first shown. */
  sheets: string[];
  /** The chosen plan's id, or null for none. */
  agendaId: string | null;
  /** The current step of the plan, from 0. */
  step: number;
}


/** A new session starting now. */
export function newSession(now: string): WorkshopSession {
  return { startedAt: now, sheets: [], agendaId: null, step: 0 };
}

/** Reads the stored session, repairing what it can; a new one when there is none or it is unreadable. */
export function parseSession(text: string | null, now: string): WorkshopSession {
  try {
    const data = JSON.parse(text ?? 'null') as Partial<WorkshopSession> | null;
    if (!data || typeof data.startedAt !== 'string' || Number.isNaN(Date.parse(data.startedAt))) return newSession(now);
    return {
      startedAt: data.startedAt,
      sheets: Array.isArray(data.sheets) ? data.sheets.filter((id): id is string => typeof id === 'string') : [],
      agendaId: typeof data.agendaId === 'string' ? data.agendaId : null,
      step: typeof data.step === 'number' && Number.isInteger(data.step) && data.step >= 0 ? data.step : 0,
    };
  } catch {
    return newSession(now);
  }
}

/** The stored session for a workbook (never throws). */
export function loadSession(workbookId: string, now: string): WorkshopSession {
  try {
    return parseSession(globalThis.sessionStorage.getItem(workshopSessionKey(workbookId)), now);
  } catch {
    return newSession(now);
  }
}

/** Stores the session; blocked storage only means a reload starts afresh. */
export function storeSession(workbookId: string, session: WorkshopSession): void {
  try {
    globalThis.sessionStorage.setItem(workshopSessionKey(workbookId), JSON.stringify(session));
  } catch {
    // Nothing to do: the session is a convenience, the answers are in the workbook.
  }
}

/** The session with a worksheet recorded as shown. */
export function withSheet(session: WorkshopSession, sheetId: string): WorkshopSession {
  return session.sheets.includes(sheetId) ? session : { ...session, sheets: [...session.sheets, sheetId] };
}
