/**
 * "Remove all workbooks from this browser", for shared computers. Three steps
 * in place, each moving focus to its own heading: offer an export of
 * everything (one file per workbook), then a confirmation that says how many
 * workbooks will go, then the removal (src/stores/remove-all.ts), said in the
 * page's status region. Cancel returns focus to the opening button.
 */
import { useRef, useState } from 'preact/hooks';
import { exportWorkbook, keptAsideText, storedRecordText, type KeptAside, type WorkbookSummary } from '../../stores';
import { describeRemoved, removeAllWorkbooks } from '../../stores/remove-all';
import { downloadText } from '../../lib/download';
import { PREF_NAMES } from '../../lib/reading-prefs';

/** Props: what is saved here, and how to talk to the page. */
export interface RemoveAllProps {
  /** Every workbook row, including ones that cannot be opened. */
  rows: WorkbookSummary[];
  /** Copies kept aside. */
  keptAside: KeptAside[];
  /** Says a sentence in the page's status region. */
  announce: (message: string) => void;
  /** Called once everything is removed, with the sentence to say. */
  onRemoved: (said: string) => void;
}

type Step = 'closed' | 'offer' | 'confirm';

/** Downloads every record, one file each; returns how many files were saved. */
async function exportEverything(rows: WorkbookSummary[], keptAside: KeptAside[]): Promise<{ files: number; failed: number }> {
  let files = 0;
  let failed = 0;
  const save = (text: string | null, fileName: string) => {
    if (text === null) return void (failed += 1);
    downloadText(text, fileName);
    files += 1;
  };
  for (const row of rows) {
    if (row.problem !== undefined) {
      save(await storedRecordText(row.id), `unreadable-${row.id}.json`);
      continue;
    }
    const exported = await exportWorkbook(row.id);
    if (exported.ok) save(exported.text, exported.fileName);
    else failed += 1;
  }
  for (const entry of keptAside) save(await keptAsideText(entry.key), `kept-aside-${entry.id}-${entry.quarantinedAt.slice(0, 10)}.json`);
  return { files, failed };
}

/** "1 workbook" / "3 workbooks". */
function workbookCount(count: number): string {
  return `${count} ${count === 1 ? 'workbook' : 'workbooks'}`;
}

/** The section at the foot of "My workbooks"; nothing when nothing is saved here. */
export function RemoveAllWorkbooks({ rows, keptAside, announce, onRemoved }: RemoveAllProps) {
  const [step, setStep] = useState<Step>('closed');
  const [alsoPreferences, setAlsoPreferences] = useState(false);
  const busy = useRef(false);
  const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
  const goTo = (next: Step, focusId: string) => {
    setStep(next);
    focusSoon(focusId);
  };
  const run = (work: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    void work()
      .catch(() => announce('Something went wrong. Nothing was removed that you did not confirm; reload the page and try again.'))
      .finally(() => {
        busy.current = false;
      });
  };

  if (rows.length === 0 && keptAside.length === 0) return null;
  const files = rows.length + keptAside.length;
  const archived = rows.filter((row) => row.archivedAt !== undefined).length;

  const exportAll = () =>
    run(async () => {
      const { files: saved, failed } = await exportEverything(rows, keptAside);
      const problem = failed > 0 ? ` ${failed} could not be read, so they were not saved.` : '';
      announce(`Exported ${saved} ${saved === 1 ? 'file' : 'files'} to your downloads.${problem}`);
    });
  const remove = () =>
    run(async () => {
      const result = await removeAllWorkbooks({ alsoPreferences });
      if (!result.ok) return announce(result.problem);
      // The preferences were applied before first paint; take them off this page too.
      if (alsoPreferences) for (const name of PREF_NAMES) document.documentElement.removeAttribute(`data-${name}`);
      setStep('closed');
      onRemoved(describeRemoved(result.removed));
    });

  return (
    <section class="remove-all" aria-labelledby="remove-all-title">
      <h2 id="remove-all-title">Remove all workbooks from this browser</h2>
      <p>
        On a shared computer or iPad, remove your work when you have finished, so the next person cannot see it. Export
        it first if you want to keep a copy.
      </p>
      {step === 'closed' && (
        <button type="button" id="remove-all-open" class="button button--danger" onClick={() => goTo('offer', 'remove-all-offer')}>
          Remove all workbooks from this browser…
        </button>
      )}
      {step === 'offer' && (
        <div class="remove-all__step">
          <h3 id="remove-all-offer" tabIndex={-1}>First, export a copy to keep</h3>
          <p>
            Each workbook is saved as its own file in your downloads ({files} {files === 1 ? 'file' : 'files'}). You can
            import a file later on any device.
          </p>
          <div class="button-row">
            <button type="button" class="button" onClick={exportAll}>
              Export {files === 1 ? 'the file' : `all ${files} files`}
            </button>
            <button type="button" class="button button--secondary" onClick={() => goTo('confirm', 'remove-all-confirm')}>
              Continue to removing
            </button>
            <button type="button" class="button button--secondary" onClick={() => goTo('closed', 'remove-all-open')}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {step === 'confirm' && (
        <div class="remove-all__step">
          <h3 id="remove-all-confirm" tabIndex={-1}>
            Remove {workbookCount(rows.length)} from this browser?
          </h3>
          <p>
            This removes {workbookCount(rows.length)}
            {archived > 0 ? ` (${archived} archived)` : ''}
            {keptAside.length > 0 ? `, ${keptAside.length} ${keptAside.length === 1 ? 'copy' : 'copies'} kept aside` : ''}, any
            unsaved edits and the record of which workbook was open. It cannot be undone: only files you exported are kept.
          </p>
          <p class="remove-all__choice">
            <input
              type="checkbox"
              id="remove-all-prefs"
              checked={alsoPreferences}
              onChange={(event) => setAlsoPreferences(event.currentTarget.checked)}
            />
            <label for="remove-all-prefs">Also reset reading preferences (text size, spacing, font, contrast) and remembered panels</label>
          </p>
          <div class="button-row">
            <button type="button" class="button button--danger" onClick={remove}>
              Remove {workbookCount(rows.length)}
            </button>
            <button type="button" class="button button--secondary" onClick={() => goTo('closed', 'remove-all-open')}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
