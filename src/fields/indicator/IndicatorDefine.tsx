/**
 * Define mode: the team's list of indicators, each with a baseline and a
 * target. Add focuses the new indicator's first box; remove can be undone,
 * and the Undo button takes focus.
 */
import type { FieldContext } from '../field-type';
import { newId } from '../../lib/ids';
import { IndicatorRow } from './IndicatorRow';
import type { Indicator, IndicatorDefineValue } from './schema';
import { useFocusLater } from '../../lib/use-focus-later';
import { UndoBar, useUndo } from './undo';

interface IndicatorDefineProps {
  /** The saved indicators. */
  rows: IndicatorDefineValue;
  /** Reports the whole new list. */
  onChange: (rows: IndicatorDefineValue) => void;
  /** The field's id prefix. */
  idPrefix: string;
  /** The rest of the workbook. */
  context: FieldContext;
  /** The field hint's id, if any. */
  hintId?: string | undefined;
}

/** Draws the indicators, add, and remove with undo. */
export function IndicatorDefine({ rows, onChange, idPrefix, context, hintId }: IndicatorDefineProps) {
  const undoId = `${idPrefix}-undo`;
  const undo = useUndo(undoId);
  const focusLater = useFocusLater();
  const stem = (index: number) => `${idPrefix}-row-${index}`;

  const add = () => {
    const row: Indicator = { id: newId(), name: '', kind: 'percent', source: '', ...(context.contributor ? { by: context.contributor } : {}) };
    onChange([...rows, row]);
    undo.dismiss();
    focusLater(`${stem(rows.length)}-name`);
  };
  const remove = (index: number) => {
    const removed = rows[index];
    if (!removed) return;
    const rest = rows.filter((_, at) => at !== index);
    onChange(rest);
    undo.offer({
      message: `Removed indicator ${index + 1}${removed.name.trim() ? `: ${removed.name.trim()}` : ''}.`,
      restore: () => {
        onChange([...rest.slice(0, index), removed, ...rest.slice(index)]);
        focusLater(`${stem(index)}-name`);
      },
    });
  };

  return (
    <>
      {rows.length === 0 ? <p class="field__note">{context.readOnly ? 'No indicators were listed.' : 'No indicators yet.'}</p> : null}
      {rows.map((row, index) => (
        <IndicatorRow key={row.id} row={row} index={index} stem={stem(index)} readOnly={context.readOnly} describedBy={hintId}
          onChange={(next) => onChange(rows.map((old, at) => (at === index ? next : old)))} onRemove={() => remove(index)} />
      ))}
      <UndoBar id={undoId} pending={undo.pending} onUndo={() => { undo.pending?.restore(); undo.dismiss(); }} />
      {context.readOnly ? null : (
        <button type="button" class="button button--secondary" onClick={add}>
          Add an indicator
        </button>
      )}
    </>
  );
}
