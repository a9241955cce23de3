/**
 * One prompt of a worksheet, large: the worksheet's title small, "Prompt 2
 * of 5", the prompt and its hint, previous / next, "think alone, then
 * share", and the field's own input (the same component as the worksheet
 * page, saving through the same store actions).
 */
import type { Ref } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { FieldContext } from '../../fields/field-type';
import type { WorksheetDef } from '../../worksheets/types';
import { FieldBlock } from '../worksheet/FieldBlock';
import { saveEdit } from '../../stores/save-edit';
import { ideaTargetOf } from '../../worksheets/idea-target';
import { useLoadWhen } from './use-load-when';

interface PromptStageProps {
  /** The worksheet shown. */
  sheet: WorksheetDef;
  /** The prompt's position, from 0. */
  index: number;
  /** The field's saved value, unchecked. */
  raw: unknown;
  /** Lookups for the field. */
  context: FieldContext;
  /** True while this prompt's entries are hidden. */
  hidden: boolean;
  /** Hides or reveals this prompt's entries. */
  onHidden: (hidden: boolean) => void;
  /** Moves to another prompt. */
  onMove: (offset: -1 | 1) => void;
  /** Receives the prompt heading, to take focus when the prompt changes. */
  headingRef: Ref<HTMLHeadingElement>;
  /** Reports a refused save. */
  onProblem: (problem: string) => void;
}

/** Draws the current prompt. */
export function PromptStage({ sheet, index, raw, context, hidden, onHidden, onMove, headingRef, onProblem }: PromptStageProps) {
  const field = sheet.fields[index];
  const thinkAlone = useLoadWhen(hidden, () => import('./ThinkAlone'));
  const toggle = useRef<HTMLButtonElement>(null);
  // After "Reveal" the button pressed has gone: the toggle takes focus, unless focus is already elsewhere.
  useEffect(() => {
    if (!hidden && (document.activeElement === null || document.activeElement === document.body)) toggle.current?.focus();
  }, [hidden]);
  if (!field) return null;
  const count = sheet.fields.length;
  const target = ideaTargetOf(field);
  const save = (value: unknown) => {
    const saved = saveEdit(sheet.id, field, value);
    onProblem(saved.ok ? '' : saved.problem);
    return saved.ok;
  };
  return (
    <section class="workshop-prompt" aria-labelledby="workshop-prompt-heading">
      <p class="workshop-prompt__where">
        <span class="workshop-prompt__sheet">{sheet.title}</span>
        <span class="workshop-prompt__count">
          Prompt {index + 1} of {count}
        </span>
      </p>
      <h1 id="workshop-prompt-heading" class="workshop-prompt__text" tabIndex={-1} ref={headingRef}>
        {field.prompt ?? field.label}
      </h1>
      {field.hint ? <p class="workshop-prompt__hint">{field.hint}</p> : null}
      <nav class="workshop-prompt__nav" aria-label="Prompts">
        <button type="button" class="button button--secondary" aria-disabled={index === 0 ? 'true' : undefined} onClick={() => index > 0 && onMove(-1)}>
          Previous prompt
        </button>
        <button type="button" class="button" aria-disabled={index >= count - 1 ? 'true' : undefined} onClick={() => index < count - 1 && onMove(1)}>
          Next prompt
        </button>
      </nav>
      {target && !hidden ? (
        <p class="workshop-think">
          <button type="button" class="button button--secondary" ref={toggle} onClick={() => onHidden(true)}>
            Think alone, then share
          </button>
          <span class="workshop-panel__note"> Hides the entries until you reveal them.</span>
        </p>
      ) : null}
      {target && hidden && thinkAlone ? (
        <thinkAlone.ThinkAlone key={`${sheet.id}/${field.id}`} field={field} target={target} raw={raw} onReveal={() => onHidden(false)} onSave={save} readOnly={context.readOnly} />
      ) : null}
      <div class="workshop-prompt__field">
        {hidden && target ? null : (
          <FieldBlock key={`${sheet.id}/${field.id}`} field={field} raw={raw} onChange={(value) => save(value)} idPrefix={`w-${field.id}`} context={context} />
        )}
      </div>
    </section>
  );
}
