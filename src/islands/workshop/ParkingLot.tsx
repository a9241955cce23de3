/**
 * The parking lot panel: ideas outside today's focus, added, edited and
 * removed (with undo), saved in the workbook through parking-lot.ts.
 */
import { useOpenWorkbookValue } from '../shared/use-workbook';
import { useRef, useState } from 'preact/hooks';
import { useFocusLater } from '../../lib/use-focus-later';
import type { ListItem } from '../../fields/list/schema';
import { shortText } from '../../fields/list/reorder';
import { $workbook } from '../../stores/workbook';
import { editParkedIdea, parkIdea, readParkingLot, removeParkedIdea, restoreParkedIdea } from '../../stores/parking-lot';

/** Draws the parked ideas and the box to park another. */
export function ParkingLot({ readOnly }: { readOnly: boolean }) {
  const workbook = useOpenWorkbookValue();
  const items = readParkingLot(workbook);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState('');
  const [removed, setRemoved] = useState<{ item: ListItem; index: number } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const undoRef = useRef<HTMLButtonElement>(null);
  const draftRef = useRef<HTMLInputElement>(null);
  const focusLater = useFocusLater();

  const add = (event: Event) => {
    event.preventDefault();
    const saved = parkIdea($workbook.get(), draft);
    setProblem(saved.ok ? '' : saved.problem);
    if (!saved.ok) return;
    setAnnouncement(`Parked ‘${shortText(draft)}’.`);
    setDraft('');
    draftRef.current?.focus();
  };
  const remove = (item: ListItem, index: number) => {
    if (!removeParkedIdea($workbook.get(), item.id).ok) return;
    setRemoved({ item, index });
    focusLater(() => undoRef.current);
  };
  const undo = () => {
    if (!removed) return;
    restoreParkedIdea($workbook.get(), removed.item, removed.index);
    setAnnouncement(`Put back ‘${shortText(removed.item.text)}’.`);
    setRemoved(null);
    draftRef.current?.focus();
  };

  return (
    <div class="workshop-parking">
      {items.length === 0 ? (
        <p class="workshop-panel__note">Nothing parked yet.</p>
      ) : (
        <ol class="workshop-parking__items">
          {items.map((item, index) => (
            <li key={item.id} class="workshop-parking__item">
              <input type="text" aria-label={`Parked idea ${index + 1}`} value={item.text} readOnly={readOnly}
                onInput={(event) => editParkedIdea($workbook.get(), item.id, (event.currentTarget as HTMLInputElement).value)} />
              {readOnly ? null : (
                <button type="button" class="button button--secondary button--small" onClick={() => remove(item, index)}>
                  Remove<span class="visually-hidden"> parked idea {index + 1}</span>
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <div role="status">
        {removed ? (
          <p class="rows-notice__message">
            Removed ‘{shortText(removed.item.text)}’.{' '}
            <button type="button" ref={undoRef} class="button button--secondary button--small" onClick={undo}>
              Undo
            </button>
          </p>
        ) : null}
      </div>
      {readOnly ? null : (
        <form class="workshop-parking__add" onSubmit={add} noValidate>
          <label for="workshop-park-idea">Park an idea</label>
          <span class="workshop-parking__row">
            <input id="workshop-park-idea" ref={draftRef} type="text" value={draft} aria-invalid={problem ? 'true' : undefined}
              aria-describedby={problem ? 'workshop-park-problem' : undefined} onInput={(event) => setDraft((event.currentTarget as HTMLInputElement).value)} />
            <button type="submit" class="button button--secondary">Park it</button>
          </span>
          {problem ? <p id="workshop-park-problem" class="workshop-panel__problem">{problem}</p> : null}
        </form>
      )}
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
