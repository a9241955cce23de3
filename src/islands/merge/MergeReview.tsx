/**
 * The review screen of a merge: what will be added (with who it is from),
 * duplicates to keep or drop, conflicts to choose between, counts that are
 * combined, and what is skipped. Renders a plan and reports choices; it
 * changes nothing itself. All text from files is shown as text.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { MergeAddition, MergeConflict, MergeDecisions, MergePlan } from '../../model/merge';

interface MergeReviewProps {
  plan: MergePlan;
  decisions: MergeDecisions;
  onDecide: (decisions: MergeDecisions) => void;
  onApply: () => void;
  onCancel: () => void;
  busy: boolean;
}

/** "Action plan – Actions". */
function where(place: { worksheetTitle: string; fieldLabel: string }): string {
  return `${place.worksheetTitle} – ${place.fieldLabel}`;
}

/** One addition's words, including the cell it fills. */
function additionText(addition: MergeAddition): string {
  const cell = addition.target.kind === 'cell' ? ` (${addition.target.rowLabel}: ${addition.target.columnLabel})` : '';
  const fill = addition.target.kind === 'entry' ? '' : ' — fills a gap';
  return `${addition.text}${cell}${fill}`;
}

/** A flagged duplicate with its keep / drop choice. */
function Duplicate({ addition, keep, onKeep }: { addition: MergeAddition; keep: boolean; onKeep: (keep: boolean) => void }) {
  const duplicate = addition.duplicate;
  if (!duplicate) return null;
  const name = `keep-${addition.key}`;
  const likeness = duplicate.level === 'exact' ? 'the same as' : 'very like';
  return (
    <fieldset class="field field--group merge-review__item">
      <legend class="field__label">
        “{addition.text}” from {addition.by} is {likeness} “{duplicate.ofText}” from {duplicate.ofBy}
      </legend>
      <p class="field__hint">{where(addition)}</p>
      <label class="field__choice">
        <input type="radio" name={name} checked={keep} onChange={() => onKeep(true)} />
        <span>Keep both</span>
      </label>
      <label class="field__choice">
        <input type="radio" name={name} checked={!keep} onChange={() => onKeep(false)} />
        <span>Drop the new one</span>
      </label>
    </fieldset>
  );
}

/** A conflict: every answer side by side as a radio choice. */
function Conflict({ conflict, chosen, onChoose }: { conflict: MergeConflict; chosen: number; onChoose: (index: number) => void }) {
  const cell = conflict.cell ? ` (${conflict.cell.rowLabel}: ${conflict.cell.columnLabel})` : '';
  return (
    <fieldset class="field field--group merge-review__item">
      <legend class="field__label">
        {where(conflict)}
        {cell}
      </legend>
      {conflict.options.map((option, index) => (
        <label class="field__choice" key={index}>
          <input type="radio" name={`choose-${conflict.key}`} checked={chosen === index} onChange={() => onChoose(index)} />
          <span>
            <strong>{index === 0 ? 'Keep the team’s answer' : `Use ${option.by}’s answer`}:</strong> <span class="merge-review__value">{option.text}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** The review screen. */
export function MergeReview({ plan, decisions, onDecide, onApply, onCancel, busy }: MergeReviewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const plain = plan.additions.filter((addition) => !addition.duplicate);
  const flagged = plan.additions.filter((addition) => addition.duplicate);
  const keepOf = (addition: MergeAddition) => decisions.keep[addition.key] ?? addition.duplicate?.level === 'near';
  const nothing = plan.additions.length + plan.conflicts.length + plan.combinations.length === 0;
  return (
    <div class="merge-review">
      <h4 ref={heading} tabIndex={-1}>
        Review the merge from {plan.contributors.join(', ')}
      </h4>
      <p>Nothing changes until you choose “Apply merge”. Entries are added with who they are from; the team’s answers stay unless you choose otherwise.</p>
      {nothing && <p>There is nothing new to merge: the workbook already has everything in these files.</p>}
      {plain.length > 0 && (
        <section aria-labelledby="merge-added">
          <h5 id="merge-added">To be added ({plain.length})</h5>
          <ul class="merge-review__list">
            {plain.map((addition) => (
              <li key={addition.key}>
                <span class="merge-review__where">{where(addition)}:</span> {additionText(addition)} <em>(from {addition.by})</em>
              </li>
            ))}
          </ul>
        </section>
      )}
      {flagged.length > 0 && (
        <section aria-labelledby="merge-duplicates">
          <h5 id="merge-duplicates">Possible duplicates ({flagged.length})</h5>
          <p class="hint">Exact duplicates are dropped unless you keep them; near duplicates are kept unless you drop them, as a small change of words can change the meaning.</p>
          {flagged.map((addition) => (
            <Duplicate key={addition.key} addition={addition} keep={keepOf(addition)} onKeep={(keep) => onDecide({ ...decisions, keep: { ...decisions.keep, [addition.key]: keep } })} />
          ))}
        </section>
      )}
      {plan.conflicts.length > 0 && (
        <section aria-labelledby="merge-conflicts">
          <h5 id="merge-conflicts">Different answers to choose between ({plan.conflicts.length})</h5>
          {plan.conflicts.map((conflict) => (
            <Conflict
              key={conflict.key}
              conflict={conflict}
              chosen={decisions.choose[conflict.key] ?? 0}
              onChoose={(index) => onDecide({ ...decisions, choose: { ...decisions.choose, [conflict.key]: index } })}
            />
          ))}
        </section>
      )}
      {plan.combinations.length > 0 && (
        <section aria-labelledby="merge-combined">
          <h5 id="merge-combined">Votes, placements and ticks combined ({plan.combinations.length})</h5>
          <ul class="merge-review__list">
            {plan.combinations.map((combination, index) => (
              <li key={index}>
                <span class="merge-review__where">{where(combination)}:</span> {combination.description}
              </li>
            ))}
          </ul>
        </section>
      )}
      {plan.skipped.length > 0 && (
        <section aria-labelledby="merge-skipped">
          <h5 id="merge-skipped">Not merged ({plan.skipped.length})</h5>
          <ul class="merge-review__list">
            {plan.skipped.map((skip, index) => (
              <li key={index}>
                <span class="merge-review__where">
                  {skip.worksheetTitle} – {skip.fieldLabel}
                </span>{' '}
                (from {skip.by}): {skip.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div class="button-row">
        <button type="button" class="button" disabled={busy || nothing} onClick={onApply}>
          Apply merge
        </button>
        <button type="button" class="button button--secondary" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
