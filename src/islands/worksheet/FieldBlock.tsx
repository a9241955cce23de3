/**
 * One field on a worksheet: checks its saved value, draws it, and shows an
 * earlier answer that no longer fits the field as plain text, so nothing
 * typed is ever hidden or lost.
 */
import type { FieldDefinition } from '../../fields/definitions';
import type { FieldContext } from '../../fields/field-type';
import { FieldSwitch } from '../../fields/FieldSwitch';
import { readValue } from '../../fields/values';

interface FieldBlockProps {
  /** The field. */
  field: FieldDefinition;
  /** Its saved value, unchecked. */
  raw: unknown;
  /** Called with each new value. */
  onChange: (value: unknown) => void;
  /** Unique id prefix. */
  idPrefix: string;
  /** Lookups for the field. */
  context: FieldContext;
}

/** Draws one field with its saved value. */
export function FieldBlock({ field, raw, onChange, idPrefix, context }: FieldBlockProps) {
  const read = readValue(field, raw);
  return (
    <div class="worksheet__field" data-field-type={field.type}>
      {read.state === 'unreadable' && (
        <div class="callout callout--note" role="note">
          <p class="callout__label">
            <strong>An earlier answer here no longer fits this question</strong>
          </p>
          <p>It is kept below exactly as it was saved. Copy anything you need into the field; it is replaced only when you type a new answer.</p>
          <pre class="worksheet__raw">{JSON.stringify(read.raw, null, 2)}</pre>
        </div>
      )}
      <FieldSwitch definition={field} value={read.state === 'ok' ? read.value : undefined} onChange={onChange} idPrefix={idPrefix} context={context} />
    </div>
  );
}
