/**
 * The save indicator, for every page that edits a workbook: always visible,
 * a polite status region saying "Saved at 14:05", "Saving…" or "Not saved —
 * why. What to do." When the browser keeps work only in memory, a lasting
 * warning says it will be lost when the tab closes, with an Export button.
 */
import { useStore } from '@nanostores/preact';
import { useRef } from 'preact/hooks';
import { useStickyOffset } from '../../lib/sticky-offset';
import { $storageHealth } from '../../stores/context';
import { $saveStatus } from '../../stores/save-status';
import { $workbook } from '../../stores/workbook';
import { ExportButton } from './ExportButton';
import { saveText } from '../../stores/save-text';

/** The save indicator island. */
export default function SaveStatus() {
  const status = useStore($saveStatus);
  const { inMemoryOnly } = useStore($storageHealth);
  const workbook = useStore($workbook);
  const { headline, detail } = saveText(status);
  const showExport = workbook !== null && (inMemoryOnly || status.state === 'error');
  const bar = useRef<HTMLDivElement>(null);
  useStickyOffset(bar);

  return (
    <div ref={bar} class={`save-status save-status--${status.state}`}>
      <div role="status" class="save-status__text">
        <span class="save-status__mark" aria-hidden="true" />
        <strong>{headline}</strong>
        {detail !== '' && <span class="save-status__detail"> {detail}</span>}
      </div>
      {inMemoryOnly && (
        <p class="save-status__warning">
          <strong>Only kept in this tab.</strong> This browser is not letting the workbook save, so your work will be lost
          when this tab closes unless you export it.
        </p>
      )}
      {showExport && <ExportButton />}
    </div>
  );
}
