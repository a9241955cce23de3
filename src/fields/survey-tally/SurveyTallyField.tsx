/**
 * Survey tally: the pupil belonging pulse. The response sheet (printable,
 * blank), then one card per group where staff enter the counts from the
 * slips, each followed by its results as percent favourable, with no
 * figure shown for fewer than MIN_GROUP_SIZE responses.
 */
import type { FieldProps } from '../field-type';
import { useFocusLater } from '../../lib/use-focus-later';
import { UndoBar, useUndo } from '../indicator/undo';
import { FieldFrame, hintId } from '../shared/FieldFrame';
import { newId } from '../../lib/ids';
import { ResponseSheet } from './ResponseSheet';
import { TallyGroupEditor } from './TallyGroupEditor';
import type { SurveyTallyDefinition, SurveyTallyValue, TallyGroup } from './schema';
import './survey-tally.css';

/** Draws the response sheet, the groups' tallies and their results. */
export function SurveyTallyField({ definition, value, onChange, idPrefix, context }: FieldProps<SurveyTallyDefinition, SurveyTallyValue>) {
  const groups = value ?? [];
  const undoId = `${idPrefix}-undo`;
  const undo = useUndo(undoId);
  const focusLater = useFocusLater();
  const nameHintId = `${idPrefix}-group-hint`;
  const stem = (index: number) => `${idPrefix}-group-${index}`;

  const addGroup = () => {
    const group: TallyGroup = { id: newId(), label: '', date: '', counts: {}, ...(context.contributor ? { by: context.contributor } : {}) };
    onChange([...groups, group]);
    undo.dismiss();
    focusLater(`${stem(groups.length)}-label`);
  };
  const removeGroup = (index: number) => {
    const removed = groups[index];
    if (!removed) return;
    const rest = groups.filter((_, at) => at !== index);
    onChange(rest);
    undo.offer({
      message: `Removed group ${index + 1}${removed.label.trim() ? `: ${removed.label.trim()}` : ''}.`,
      restore: () => {
        onChange([...rest.slice(0, index), removed, ...rest.slice(index)]);
        focusLater(`${stem(index)}-label`);
      },
    });
  };

  return (
    <FieldFrame kind="group" idPrefix={idPrefix} label={definition.label} hint={definition.hint}>
      <div class="tally">
        <ResponseSheet definition={definition} titleId={`${idPrefix}-sheet`} />
        <div class="tally__entry">
          <p class="field__hint" id={nameHintId}>
            Name each group by year, class or key stage, such as "Year 4, spring". Never use pupils' names.
          </p>
          {groups.length === 0 ? <p class="field__note">{context.readOnly ? 'No groups were tallied.' : 'No groups yet. Add a group once you have collected the slips.'}</p> : null}
          {groups.map((group, index) => (
            <TallyGroupEditor
              key={group.id}
              definition={definition}
              group={group}
              index={index}
              stem={stem(index)}
              nameHintId={[hintId(idPrefix, definition.hint), nameHintId].filter(Boolean).join(' ')}
              readOnly={context.readOnly}
              onChange={(next) => onChange(groups.map((old, at) => (at === index ? next : old)))}
              onRemove={() => removeGroup(index)}
            />
          ))}
          <UndoBar id={undoId} pending={undo.pending} onUndo={() => { undo.pending?.restore(); undo.dismiss(); }} />
          {context.readOnly ? null : (
            <button type="button" class="button button--secondary" onClick={addGroup}>
              Add a group
            </button>
          )}
        </div>
      </div>
    </FieldFrame>
  );
}
