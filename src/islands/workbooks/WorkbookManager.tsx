/**
 * "My workbooks": every workbook saved in this browser, with create, import,
 * and per-workbook actions; archived workbooks in a disclosure; records that
 * cannot be opened, with a way to export them. One polite status region says
 * what each action did and holds the "Undo" buttons for deletions. At the
 * foot, "Remove all workbooks from this browser" for shared computers.
 */
import { useStore } from '@nanostores/preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { useFocusLater } from '../../lib/use-focus-later';
import { $storageHealth, $workbooks, listKeptAside, refreshWorkbooks, startWorkbookList, type KeptAside } from '../../stores';
import { CreateWorkbookForm, type Navigate } from './CreateWorkbookForm';
import { ImportWorkbook } from './ImportWorkbook';
import { ARCHIVED_SUMMARY_ID, undoElementId, useManagerActions, type Deletion } from './manager-actions';
import { ProblemRecords } from './ProblemRecords';
import { RemoveAllWorkbooks } from './RemoveAllWorkbooks';
import { titleElementId, WorkbookRow } from './WorkbookRow';

/** The element id of the status message, focused after "Remove all workbooks". */
const MESSAGE_ID = 'workbooks-message';

/** The "My workbooks" island. */
export default function WorkbookManager({ navigate }: { navigate?: Navigate }) {
  const rows = useStore($workbooks);
  const { inMemoryOnly } = useStore($storageHealth);
  const [loaded, setLoaded] = useState(false);
  const [keptAside, setKeptAside] = useState<KeptAside[]>([]);
  const [message, setMessage] = useState('');
  const [deletions, setDeletions] = useState<Deletion[]>([]);
  const focus = useFocusLater();
  const refreshKeptAside = useCallback(() => void listKeptAside().then(setKeptAside), []);
  const actions = useManagerActions({ announce: setMessage, focus, setDeletions, refreshKeptAside });

  useEffect(() => {
    const stop = startWorkbookList();
    void refreshWorkbooks().then(() => setLoaded(true));
    refreshKeptAside();
    return stop;
  }, [refreshKeptAside]);

  const active = rows.filter((row) => row.problem === undefined && row.archivedAt === undefined);
  const archived = rows.filter((row) => row.problem === undefined && row.archivedAt !== undefined);
  const problems = rows.filter((row) => row.problem !== undefined);
  const empty = loaded && rows.length === 0;

  return (
    <div class="workbooks">
      {inMemoryOnly && (
        <p class="callout callout--pitfall">
          <strong>Warning:</strong> this browser is not letting the workbook save (private browsing, or site storage
          switched off). Workbooks here last only until this tab is closed: export each one to keep it.
        </p>
      )}
      <div role="status" class="workbooks__status">
        {message !== '' && (
          <p id={MESSAGE_ID} tabIndex={-1}>
            {message}
          </p>
        )}
        {deletions.length > 0 && (
          <ul class="workbooks__undo">
            {deletions.map((deletion) => (
              <li key={deletion.token}>
                <button type="button" id={undoElementId(deletion.token)} class="button button--secondary" onClick={() => actions.undo(deletion)}>
                  Undo<span class="visually-hidden"> deleting ‘{deletion.title}’</span>
                </button>
                <span aria-hidden="true"> deleting ‘{deletion.title}’</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {!loaded && <p>Looking for workbooks saved in this browser…</p>}
      {empty && (
        <div class="callout callout--tip">
          <p class="callout__label"><strong>No workbooks yet</strong></p>
          <p>
            A workbook holds your team’s answers for one cycle of planning, and the next. It is saved in this browser
            only — nothing is sent anywhere — and you can export it as a file to keep or share. Create one below to begin,
            or import a file exported from another device.
          </p>
        </div>
      )}
      {active.length > 0 && (
        <section aria-labelledby="active-title">
          <h2 id="active-title">Your workbooks</h2>
          <ul class="card-list workbooks__list">
            {active.map((row) => <WorkbookRow key={row.id} row={row} actions={actions} />)}
          </ul>
        </section>
      )}
      {archived.length > 0 && (
        <details class="workbooks__archived">
          <summary id={ARCHIVED_SUMMARY_ID}>Archived ({archived.length})</summary>
          <ul class="card-list workbooks__list">
            {archived.map((row) => <WorkbookRow key={row.id} row={row} actions={actions} />)}
          </ul>
        </details>
      )}
      <section aria-labelledby="create-title" class="workbooks__create">
        <h2 id="create-title">Create a workbook</h2>
        <CreateWorkbookForm {...(navigate === undefined ? {} : { navigate })} />
      </section>
      <section aria-labelledby="import-title" class="workbooks__import">
        <h2 id="import-title">Import a workbook file</h2>
        <ImportWorkbook
          onImported={(id, said) => {
            setMessage(said);
            focus(titleElementId(id));
            refreshKeptAside();
          }}
        />
      </section>
      <ProblemRecords problems={problems} keptAside={keptAside} announce={setMessage} />
      <RemoveAllWorkbooks
        rows={rows}
        keptAside={keptAside}
        announce={setMessage}
        onRemoved={(said) => {
          setDeletions([]);
          setMessage(said);
          focus(MESSAGE_ID);
          refreshKeptAside();
        }}
      />
    </div>
  );
}
