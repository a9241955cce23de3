/**
 * Dot vote: each item gets "−" and "+" buttons and a running total (no
 * dragging). A "Most dots" list ranks the items, ties shown as ties, and
 * every click is announced politely ("Quiet room: 4 dots"). "Clear all
 * votes" can be undone. Votes for items that have left the source list
 * stay in the value untouched.
 */
import { useRef, useState } from 'preact/hooks';
import { useFocusLater } from '../../lib/use-focus-later';
import type { FieldProps } from '../field-type';
import { FieldFrame, hintId } from '../shared/FieldFrame';
import { DotRow } from './DotRow';
import { MostDots } from './MostDots';
import { describeDots } from './schema';
import type { DotVoteDefinition, DotVoteValue } from './schema';
import './dot-vote.css';

/** Draws the items with their buttons, the ranking, and clear with undo. */
export function DotVoteField({ definition, value, onChange, idPrefix, context }: FieldProps<DotVoteDefinition, DotVoteValue>) {
  const items = context.itemsOf(definition.itemsFrom);
  const saved = value ?? {};
  const [message, setMessage] = useState('');
  const [cleared, setCleared] = useState<DotVoteValue | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);
  const anyDots = items.some((item) => (saved[item.id] ?? 0) > 0);

  const focusLater = useFocusLater();

  const setCount = (id: string, label: string, count: number) => {
    onChange({ ...saved, [id]: count });
    setCleared(null);
    setMessage(`${label}: ${describeDots(count)}`);
  };
  const clearAll = () => {
    const kept: DotVoteValue = {};
    const removed: DotVoteValue = {};
    const shown = new Set(items.map((item) => item.id));
    for (const [id, count] of Object.entries(saved)) (shown.has(id) ? removed : kept)[id] = count;
    onChange(kept);
    setCleared(removed);
    setMessage('All votes cleared.');
    focusLater(() => undoRef.current);
  };
  const undoClear = () => {
    if (!cleared) return;
    onChange({ ...saved, ...cleared });
    setCleared(null);
    setMessage('Votes restored.');
    focusLater(() => clearRef.current);
  };

  return (
    <FieldFrame kind="group" idPrefix={idPrefix} label={definition.label} hint={definition.hint}>
      <p class="field__hint" id={`${idPrefix}-dots`}>{`Each person has ${describeDots(definition.dotsPerPerson)}. Put them on the items that matter most to you; you can put more than one on the same item.`}</p>
      {items.length === 0 ? (
        <p class="field__note">There is nothing to vote on yet: add some items first.</p>
      ) : (
        <ul class="dots__rows">
          {items.map((item) => (
            <DotRow key={item.id} label={item.label} count={saved[item.id] ?? 0} readOnly={context.readOnly} onSet={(count) => setCount(item.id, item.label, count)}
              describedBy={[hintId(idPrefix, definition.hint), `${idPrefix}-dots`].filter(Boolean).join(' ')} />
          ))}
        </ul>
      )}
      <MostDots items={items} value={saved} headingId={`${idPrefix}-most`} />
      {context.readOnly || items.length === 0 ? null : (
        <p class="dots__actions">
          {cleared ? (
            <button type="button" class="button button--secondary button--small" ref={undoRef} onClick={undoClear}>
              Undo clear
            </button>
          ) : (
            <button type="button" class="button button--secondary button--small" ref={clearRef} disabled={!anyDots} onClick={clearAll}>
              Clear all votes
            </button>
          )}
        </p>
      )}
      <p class="visually-hidden" aria-live="polite">
        {message}
      </p>
    </FieldFrame>
  );
}
