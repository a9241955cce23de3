/**
 * Exports the open workbook as a file, from wherever a warning or reminder
 * says to; says what happened next to the button.
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $workbook } from '../../stores/workbook';
import { downloadText } from '../../lib/download';

/** The export button for the open workbook; renders nothing when none is open. */
export function ExportButton() {
  const workbook = useStore($workbook);
  const [said, setSaid] = useState('');
  if (!workbook) return null;

  const run = async (): Promise<void> => {
    // The file format is only needed when someone exports, so it loads then.
    const { exportWorkbook } = await import('../../stores/transfer');
    const exported = await exportWorkbook(workbook.id);
    if (!exported.ok) {
      setSaid(`The workbook could not be exported. ${exported.problem}`);
      return;
    }
    downloadText(exported.text, exported.fileName);
    setSaid(`Exported as ${exported.fileName}. Keep the file somewhere safe.`);
  };

  return (
    <span class="export-button">
      <button type="button" class="button" onClick={() => void run()}>
        Export to a file<span class="visually-hidden">: ‘{workbook.title}’</span>
      </button>
      <span role="status" class="export-button__said">
        {said}
      </span>
    </span>
  );
}
