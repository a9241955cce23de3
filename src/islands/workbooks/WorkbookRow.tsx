/**
 * One workbook on "My workbooks": its title and dates, and buttons to open,
 * rename, duplicate, export, archive or unarchive, and delete it. Every
 * control's accessible name includes the workbook's title.
 */
import { useRef, useState } from 'preact/hooks';
import { useFocusLater } from '../../lib/use-focus-later';
import type { ActionResult, WorkbookSummary } from '../../stores';
import { formatDateTime } from '../../lib/dates';
import { workbookHref } from '../../lib/workbook-links';
import { RenameForm } from './RenameForm';

/** The actions a row offers; the manager carries them out and reports. */
export interface RowActions {
  /** Renames a workbook. */
  rename: (id: string, title: string) => Promise<ActionResult>;
  /** Makes a copy. */
  duplicate: (row: WorkbookSummary) => void;
  /** Downloads an export file. */
  exportFile: (row: WorkbookSummary) => void;
  /** Archives, or brings back from the archive. */
  toggleArchive: (row: WorkbookSummary) => void;
  /** Deletes (with undo). */
  remove: (row: WorkbookSummary) => void;
}

/** The element id of a workbook's title, for moving focus to it. */
export function titleElementId(id: string): string {
  return `workbook-title-${id}`;
}

/** The title, read again by assistive technology after each control's visible word. */
function Named({ title }: { title: string }) {
  return <span class="visually-hidden"> ‘{title}’</span>;
}

/** One workbook row. */
export function WorkbookRow({ row, actions }: { row: WorkbookSummary; actions: RowActions }) {
  const [renaming, setRenaming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const focusLater = useFocusLater();

  const finishRename = (renamed: boolean): void => {
    setRenaming(false);
    focusLater(() => (renamed ? heading.current : renameButton.current));
  };

  return (
    <li class="card workbook-row">
      {renaming ? (
        <RenameForm id={row.id} title={row.title} onRename={(title) => actions.rename(row.id, title)} onDone={finishRename} />
      ) : (
        <h3 class="workbook-row__title" id={titleElementId(row.id)} ref={heading} tabIndex={-1}>
          {row.title}
        </h3>
      )}
      <dl class="workbook-row__dates">
        <div>
          <dt>Last edited</dt>
          <dd>{formatDateTime(row.updatedAt)}</dd>
        </div>
        <div>
          <dt>Last exported</dt>
          <dd>{formatDateTime(row.lastExportedAt, 'never')}</dd>
        </div>
        {row.archivedAt !== undefined && (
          <div>
            <dt>Archived</dt>
            <dd>{formatDateTime(row.archivedAt)}</dd>
          </div>
        )}
      </dl>
      <div class="button-row">
        <a class="button" href={workbookHref(row.id)}>
          Open<Named title={row.title} />
        </a>
        <button type="button" class="button button--secondary" ref={renameButton} disabled={renaming} onClick={() => setRenaming(true)}>
          Rename<Named title={row.title} />
        </button>
        <button type="button" class="button button--secondary" onClick={() => actions.duplicate(row)}>
          Duplicate<Named title={row.title} />
        </button>
        <button type="button" class="button button--secondary" onClick={() => actions.exportFile(row)}>
          Export<Named title={row.title} />
        </button>
        <button type="button" class="button button--secondary" onClick={() => actions.toggleArchive(row)}>
          {row.archivedAt === undefined ? 'Archive' : 'Unarchive'}
          <Named title={row.title} />
        </button>
        <button type="button" class="button button--danger" onClick={() => actions.remove(row)}>
          Delete<Named title={row.title} />
        </button>
      </div>
    </li>
  );
}
