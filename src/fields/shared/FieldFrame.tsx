/**
 * The label, hint and layout every field shares, so all fields read the
 * same way to sighted and screen-reader users alike.
 * - Single inputs: <FieldFrame kind="single"> gives a <label for> to `${idPrefix}-input`.
 * - Groups of inputs (radios, checkboxes, rows): <FieldFrame kind="group"> gives a fieldset and legend.
 * The hint's id is `${idPrefix}-hint`; point aria-describedby at it with `hintId()`.
 */
import type { ComponentChildren } from 'preact';

interface FieldFrameProps {
  /** "single" for one input, "group" for several. */
  kind: 'single' | 'group';
  /** The field's id prefix. */
  idPrefix: string;
  /** The question. */
  label: string;
  /** Optional nudge under the question. */
  hint?: string | undefined;
  /** The inputs. */
  children: ComponentChildren;
}

/** The id of a field's hint element, or undefined when there is no hint. */
export function hintId(idPrefix: string, hint: string | undefined): string | undefined {
  return hint ? `${idPrefix}-hint` : undefined;
}

/** Draws a field's label, hint and inputs. */
export function FieldFrame({ kind, idPrefix, label, hint, children }: FieldFrameProps) {
  const hintElement = hint ? (
    <p class="field__hint" id={`${idPrefix}-hint`}>
      {hint}
    </p>
  ) : null;
  if (kind === 'group') {
    return (
      <fieldset class="field field--group" id={idPrefix}>
        <legend class="field__label">{label}</legend>
        {hintElement}
        {children}
      </fieldset>
    );
  }
  return (
    <div class="field" id={idPrefix}>
      <label class="field__label" for={`${idPrefix}-input`}>
        {label}
      </label>
      {hintElement}
      {children}
    </div>
  );
}
