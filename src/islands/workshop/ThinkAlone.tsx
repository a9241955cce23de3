/**
 * "Think alone, then share" while a prompt's entries are hidden: how many
 * are hidden, one box to add your own idea without seeing anyone else's,
 * and "Reveal". (The toggle that hides them is in PromptStage; this part
 * loads with import() the first time it is used.)
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldDefinition } from '../../fields/definitions';
import type { IdeaTarget } from '../../worksheets/idea-target';
import { describeHidden, entryCount, withIdea } from '../../worksheets/think-alone';

interface ThinkAloneProps {
  /** The prompt's field. */
  field: FieldDefinition;
  /** Where new ideas go. */
  target: IdeaTarget;
  /** Its saved value, unchecked. */
  raw: unknown;
  /** Shows them again. */
  onReveal: () => void;
  /** Saves a new value. */
  onSave: (value: unknown) => boolean;
  /** True on a closed cycle. */
  readOnly: boolean;
}

/** The count of hidden entries, the idea box and Reveal. */
export function ThinkAlone({ field, target, raw, onReveal, onSave, readOnly }: ThinkAloneProps) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState('');
  const [said, setSaid] = useState('');
  const box = useRef<HTMLInputElement>(null);
  const count = entryCount(field, raw);
  // The button pressed to hide the entries has gone: the idea box takes focus, unless focus is already elsewhere.
  useEffect(() => {
    if (document.activeElement === null || document.activeElement === document.body) box.current?.focus();
  }, []);
  const add = (event: Event) => {
    event.preventDefault();
    const next = draft.trim() ? withIdea(field, raw, draft, target) : null;
    if (next === null) {
      setProblem(draft.trim() ? 'This prompt cannot take another entry. Reveal it to make room.' : 'Type your idea first.');
      return;
    }
    if (!onSave(next)) return;
    setProblem('');
    setDraft('');
    setSaid(`Added. ${describeHidden(count + 1)}.`);
    box.current?.focus();
  };
  return (
    <div class="workshop-think workshop-think--hidden">
      <p class="workshop-think__status">
        <strong>Thinking alone:</strong> {describeHidden(count)}.{' '}
        <button type="button" class="button" onClick={onReveal}>
          Reveal
        </button>
      </p>
      {readOnly ? null : (
        <form class="workshop-think__add" onSubmit={add} noValidate>
          <label for="workshop-own-idea">Your idea</label>
          <span class="workshop-think__row">
            <input id="workshop-own-idea" ref={box} type="text" value={draft} aria-invalid={problem ? 'true' : undefined}
              aria-describedby={problem ? 'workshop-idea-problem' : undefined} onInput={(event) => setDraft((event.currentTarget as HTMLInputElement).value)} />
            <button type="submit" class="button">Add idea</button>
          </span>
          {problem ? <p id="workshop-idea-problem" class="workshop-panel__problem">{problem}</p> : null}
        </form>
      )}
      <p class="visually-hidden" role="status">
        {said}
      </p>
      <p class="workshop-prompt__hidden">The entries are hidden. Press Reveal to share them.</p>
    </div>
  );
}
