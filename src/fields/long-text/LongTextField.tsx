/**
 * Long text: paragraphs, in a box that starts `rows` lines tall and grows
 * with its content so nobody has to scroll inside a small box. People can
 * still drag it taller; it never shrinks below its starting height.
 */
import { useCallback, useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { FieldProps } from '../field-type';
import { FieldFrame, hintId } from '../shared/FieldFrame';
import type { LongTextDefinition, LongTextValue } from './schema';
import './long-text.css';

/** Sets a textarea's height to fit its content (borders included, as boxes are border-box). */
export function growToFit(textarea: HTMLTextAreaElement): void {
  textarea.style.height = 'auto';
  const borders = textarea.offsetHeight - textarea.clientHeight;
  textarea.style.height = `${textarea.scrollHeight + Math.max(0, borders)}px`;
}

/** Draws a multi-line text box that grows as the person types. */
export function LongTextField({ definition, value, onChange, idPrefix, context }: FieldProps<LongTextDefinition, LongTextValue>) {
  const box = useRef<HTMLTextAreaElement>(null);
  const grow = useCallback(() => {
    if (box.current) growToFit(box.current);
  }, []);
  // Fit saved text on first draw and whenever the value changes from outside (another tab, an import).
  useLayoutEffect(grow, [grow, value]);
  // Text re-wraps when the window or zoom changes width.
  useEffect(() => {
    window.addEventListener('resize', grow);
    return () => window.removeEventListener('resize', grow);
  }, [grow]);
  return (
    <FieldFrame kind="single" idPrefix={idPrefix} label={definition.label} hint={definition.hint}>
      <textarea
        ref={box}
        id={`${idPrefix}-input`}
        class="long-text__input"
        rows={definition.rows}
        value={value ?? ''}
        readOnly={context.readOnly}
        aria-describedby={hintId(idPrefix, definition.hint)}
        onInput={(event) => {
          const textarea = event.currentTarget as HTMLTextAreaElement;
          growToFit(textarea);
          onChange(textarea.value);
        }}
      />
    </FieldFrame>
  );
}
