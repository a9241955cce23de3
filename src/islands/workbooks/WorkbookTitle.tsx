/**
 * The open workbook's title as the page heading, with an inline Rename.
 * After a rename, focus returns to the heading.
 */
import { useRef, useState } from 'preact/hooks';
import { useFocusLater } from '../../lib/use-focus-later';
import type { Workbook } from '../../model/workbook';
import { renameWorkbook } from '../../stores';
import { RenameForm } from './RenameForm';

/** The heading and rename control for the open workbook. */
export function WorkbookTitle({ workbook }: { workbook: Workbook }) {
  const [renaming, setRenaming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const focusLater = useFocusLater();

  const done = (renamed: boolean): void => {
    setRenaming(false);
    focusLater(() => (renamed ? heading.current : button.current));
  };

  return (
    <div class="workbook-title">
      <h1 ref={heading} tabIndex={-1}>
        {workbook.title}
      </h1>
      {renaming ? (
        <RenameForm id="open" title={workbook.title} onRename={(title) => renameWorkbook(workbook.id, title)} onDone={done} />
      ) : (
        <button type="button" ref={button} class="button button--secondary" onClick={() => setRenaming(true)}>
          Rename<span class="visually-hidden"> ‘{workbook.title}’</span>
        </button>
      )}
    </div>
  );
}
