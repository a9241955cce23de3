/**
 * One group's tally: its name (never pupils' names), the date, and a count
 * per statement per scale point, each box named in full for screen readers
 * ("I feel safe at school: number who answered Yes"). Its results follow.
 */
import { NumberInput } from '../indicator/NumberInput';
import { GroupResults } from './GroupResults';
import { countsFor } from './schema';
import type { SurveyTallyDefinition, TallyGroup } from './schema';

interface TallyGroupEditorProps {
  /** The field definition: statements and scale. */
  definition: SurveyTallyDefinition;
  /** This group. */
  group: TallyGroup;
  /** Its position, from 0. */
  index: number;
  /** Unique id stem for this group's inputs. */
  stem: string;
  /** The id of the shared "never use names" hint. */
  nameHintId: string;
  /** Closed cycle. */
  readOnly: boolean;
  /** Reports the whole changed group. */
  onChange: (group: TallyGroup) => void;
  /** Removes the group. */
  onRemove: () => void;
}

/** Draws one group's inputs and results. */
export function TallyGroupEditor({ definition, group, index, stem, nameHintId, readOnly, onChange, onRemove }: TallyGroupEditorProps) {
  const title = `Group ${index + 1}${group.label.trim() ? `: ${group.label.trim()}` : ''}`;
  const setCount = (itemId: string, point: number, count: number) => {
    const counts = countsFor(group, itemId, definition.scale.length);
    counts[point] = count;
    onChange({ ...group, counts: { ...group.counts, [itemId]: counts } });
  };
  return (
    <fieldset class="tally__group">
      <legend class="tally__group-title">{title}</legend>
      <div class="tally__group-meta">
        <div class="tally__meta-field">
          <label for={`${stem}-label`}>
            Group name<span class="visually-hidden">{` for group ${index + 1}`}</span>
          </label>
          <input type="text" id={`${stem}-label`} value={group.label} readOnly={readOnly} aria-describedby={nameHintId}
            onInput={(event) => onChange({ ...group, label: (event.currentTarget as HTMLInputElement).value })} />
        </div>
        <div class="tally__meta-field">
          <label for={`${stem}-date`}>
            Date the pulse was taken<span class="visually-hidden">{` for group ${index + 1}`}</span>
          </label>
          <input type="date" id={`${stem}-date`} value={group.date} readOnly={readOnly}
            onInput={(event) => onChange({ ...group, date: (event.currentTarget as HTMLInputElement).value })} />
        </div>
      </div>
      {definition.items.map((item, itemIndex) => (
        <fieldset class="tally__counts" key={item.id}>
          <legend>{item.text}</legend>
          <div class="tally__count-boxes">
            {countsFor(group, item.id, definition.scale.length).map((count, point) => {
              const scalePoint = definition.scale[point];
              const id = `${stem}-s${itemIndex}-p${point}`;
              return (
                <div class="tally__count" key={point}>
                  <label for={id}>
                    <span class="tally__symbol" aria-hidden="true">{scalePoint?.symbol}</span> {scalePoint?.label}
                  </label>
                  <NumberInput id={id} type="number" integer min={0} emptyAs={0} value={count} readOnly={readOnly}
                    ariaLabel={`${item.text}: number who answered ${scalePoint?.label ?? ''}`} onChange={(next) => setCount(item.id, point, next ?? 0)} />
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      {readOnly ? null : (
        <button type="button" class="button button--secondary button--small" onClick={onRemove}>
          Remove this group<span class="visually-hidden">{` (${title})`}</span>
        </button>
      )}
      <GroupResults definition={definition} group={group} index={index} />
    </fieldset>
  );
}
