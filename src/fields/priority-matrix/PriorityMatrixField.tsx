/**
 * Priority matrix: the team places each candidate by impact and by effort
 * with two selects (no dragging), then sees the 3×3 grid as a table with
 * every quadrant named in words. Placements for items that have since left
 * the source list are kept in the value and listed, never dropped.
 */
import { useState } from 'preact/hooks';
import type { FieldProps } from '../field-type';
import { FieldFrame, hintId } from '../shared/FieldFrame';
import { MatrixGrid } from './MatrixGrid';
import { PlacementRow } from './PlacementRow';
import type { DraftPlacement } from './PlacementRow';
import { LEVEL_LABELS, QUADRANT_LABELS, placementsByCell, quadrantOf } from './schema';
import type { MatrixLevel, OrphanPlacement, PriorityMatrixDefinition, PriorityMatrixValue } from './schema';
import './priority-matrix.css';

function without<T>(record: Record<string, T>, id: string): Record<string, T> {
  const rest = { ...record };
  delete rest[id];
  return rest;
}

function placedMessage(label: string, impact: MatrixLevel, effort: MatrixLevel): string {
  const words = QUADRANT_LABELS[quadrantOf({ impact, effort })];
  return `${label}: ${words.name} (${LEVEL_LABELS[impact].toLowerCase()} impact, ${LEVEL_LABELS[effort].toLowerCase()} effort).`;
}

/** Draws the selects per item, the grid, the unplaced items and any placements whose item has gone. */
export function PriorityMatrixField({ definition, value, onChange, idPrefix, context }: FieldProps<PriorityMatrixDefinition, PriorityMatrixValue>) {
  const items = context.itemsOf(definition.itemsFrom);
  const saved = value ?? {};
  const [drafts, setDrafts] = useState<Record<string, DraftPlacement>>({});
  const [message, setMessage] = useState('');
  const sorted = placementsByCell(items, saved);

  const pick = (id: string, label: string, axis: 'impact' | 'effort', level: MatrixLevel | undefined) => {
    const next: DraftPlacement = { ...(saved[id] ?? drafts[id] ?? {}), [axis]: level };
    if (next.impact && next.effort) {
      setDrafts((old) => without(old, id));
      onChange({ ...saved, [id]: { ...saved[id], impact: next.impact, effort: next.effort, label } });
      setMessage(placedMessage(label, next.impact, next.effort));
      return;
    }
    setDrafts((old) => ({ ...old, [id]: { impact: next.impact, effort: next.effort } }));
    if (saved[id]) {
      onChange(without(saved, id));
      setMessage(`${label} is no longer on the grid.`);
    }
  };

  return (
    <FieldFrame kind="group" idPrefix={idPrefix} label={definition.label} hint={definition.hint}>
      {items.length === 0 ? <p class="field__note">There is nothing to place yet: add some items first.</p> : null}
      {items.length > 0 ? (
        <ol class="matrix__rows">
          {items.map((item, index) => (
            <PlacementRow
              key={item.id}
              label={item.label}
              rowId={`${idPrefix}-item-${index}`}
              current={saved[item.id] ?? drafts[item.id] ?? {}}
              readOnly={context.readOnly}
              describedBy={hintId(idPrefix, definition.hint)}
              onPick={(axis, level) => pick(item.id, item.label, axis, level)}
            />
          ))}
        </ol>
      ) : null}
      <MatrixGrid cells={sorted.cells} label={definition.label} />
      {items.length > 0 ? <ItemList heading="Not placed yet" texts={sorted.unplaced.map((item) => item.label)} empty="Every item is placed." /> : null}
      {sorted.orphans.length > 0 ? <ItemList heading="No longer in the list" texts={sorted.orphans.map(describeOrphan)} empty="" /> : null}
      <p class="visually-hidden" aria-live="polite">
        {message}
      </p>
    </FieldFrame>
  );
}

function describeOrphan(orphan: OrphanPlacement): string {
  const { impact, effort } = orphan.placement;
  const where = `${LEVEL_LABELS[impact].toLowerCase()} impact, ${LEVEL_LABELS[effort].toLowerCase()} effort`;
  return `${orphan.label ?? 'An item that has been removed'} (${where})`;
}

function ItemList({ heading, texts, empty }: { heading: string; texts: string[]; empty: string }) {
  return (
    <div class="matrix__list">
      <p class="matrix__list-heading">{heading}</p>
      {texts.length === 0 ? (
        <p class="field__note">{empty}</p>
      ) : (
        <ul>
          {texts.map((text, index) => (
            <li key={index}>{text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
