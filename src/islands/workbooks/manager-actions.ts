/**
 * What the buttons on "My workbooks" do: each action calls the store, then
 * says what happened in the page's status region and moves focus somewhere
 * sensible (the renamed or restored title, the undo button…). Actions run one
 * at a time; a second click while one runs is ignored.
 */
import { useMemo, useRef } from 'preact/hooks';
import {
  archiveWorkbook,
  deleteWorkbook,
  duplicateWorkbook,
  exportWorkbook,
  renameWorkbook,
  unarchiveWorkbook,
  undoDelete,
  type WorkbookSummary,
} from '../../stores';
import { downloadText } from '../../lib/download';
import { titleElementId, type RowActions } from './WorkbookRow';

/** A deletion that can still be undone during this visit. */
export interface Deletion {
  /** The token `undoDelete` takes. */
  token: string;
  /** The deleted workbook's id. */
  id: string;
  /** Its title, for the undo button's name. */
  title: string;
}

/** The element id of the undo button for one deletion. */
export function undoElementId(token: string): string {
  return `undo-${token}`;
}

/** The element id of the "Archived" disclosure's summary. */
export const ARCHIVED_SUMMARY_ID = 'archived-summary';

/** What the actions need from the page. */
export interface ManagerHooks {
  /** Says a sentence in the status region. */
  announce: (message: string) => void;
  /** Moves focus to an element id once it is on the page. */
  focus: (elementId: string) => void;
  /** Updates the list of deletions that can be undone. */
  setDeletions: (update: (deletions: Deletion[]) => Deletion[]) => void;
  /** Re-reads the kept-aside records. */
  refreshKeptAside: () => void;
}

/** The row actions plus undo, bound to the page. */
export function useManagerActions(hooks: ManagerHooks): RowActions & { undo: (deletion: Deletion) => void } {
  const busy = useRef(false);
  const hooksRef = useRef(hooks);
  hooksRef.current = hooks;

  return useMemo(() => {
    /** Runs one action at a time; reports a thrown error instead of losing it. */
    const once = (work: (h: ManagerHooks) => Promise<void>): void => {
      if (busy.current) return;
      busy.current = true;
      work(hooksRef.current)
        .catch(() => hooksRef.current.announce('Something went wrong. Your workbooks are unchanged; reload the page and try again.'))
        .finally(() => {
          busy.current = false;
        });
    };
    return {
      rename: (id, title) => renameWorkbook(id, title),
      duplicate: (row: WorkbookSummary) =>
        once(async ({ announce, focus }) => {
          const copied = await duplicateWorkbook(row.id);
          if (!copied.ok) return announce(`‘${row.title}’ could not be copied. ${copied.problem}`);
          announce(`Made a copy of ‘${row.title}’.`);
          focus(titleElementId(copied.id));
        }),
      exportFile: (row: WorkbookSummary) =>
        once(async ({ announce }) => {
          const exported = await exportWorkbook(row.id);
          if (!exported.ok) return announce(`‘${row.title}’ could not be exported. ${exported.problem}`);
          downloadText(exported.text, exported.fileName);
          announce(`Exported ‘${row.title}’ as ${exported.fileName}.`);
        }),
      toggleArchive: (row: WorkbookSummary) =>
        once(async ({ announce, focus }) => {
          const archiving = row.archivedAt === undefined;
          const result = archiving ? await archiveWorkbook(row.id) : await unarchiveWorkbook(row.id);
          if (!result.ok) return announce(`‘${row.title}’ could not be changed. ${result.problem}`);
          announce(archiving ? `Archived ‘${row.title}’. It is listed under “Archived”.` : `‘${row.title}’ is back in your workbooks.`);
          focus(archiving ? ARCHIVED_SUMMARY_ID : titleElementId(row.id));
        }),
      remove: (row: WorkbookSummary) =>
        once(async ({ announce, focus, setDeletions }) => {
          const deleted = await deleteWorkbook(row.id);
          if (!deleted.ok) return announce(`‘${row.title}’ could not be deleted. ${deleted.problem}`);
          setDeletions((list) => [{ token: deleted.token, id: row.id, title: row.title }, ...list]);
          announce(`Deleted ‘${row.title}’. You can undo this until you leave the page.`);
          focus(undoElementId(deleted.token));
        }),
      undo: (deletion: Deletion) =>
        once(async ({ announce, focus, setDeletions, refreshKeptAside }) => {
          const undone = await undoDelete(deletion.token);
          if (!undone.ok) return announce(undone.problem);
          setDeletions((list) => list.filter((entry) => entry.token !== deletion.token));
          announce(`Restored ‘${deletion.title}’.`);
          focus(titleElementId(deletion.id));
          refreshKeptAside();
        }),
    };
  }, []);
}
