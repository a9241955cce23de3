/**
 * The worksheet island: draws any worksheet from its definition and the
 * open workbook, and saves each edit through the store (the autosave
 * listener writes it). Planning approaches the team chose add their
 * questions after the worksheet's own fields.
 */
import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import '../../fields/shared/fields.css';
import './worksheet.css';
import { $workbook } from '../../stores';
import type { LensQuestionGroup, WorksheetDef } from '../../worksheets/types';
import { chosenGroups, lensFields } from '../../worksheets/lens-fields';
import { FieldBlock } from './FieldBlock';
import { buildFieldContext, cycleToShow } from './field-context';
import { saveEdit, savedValue } from './field-values';
import { NoWorkbook, ReadOnlyNotice } from './notices';
import { useOpenWorkbook } from './use-open-workbook';

interface WorksheetFormProps {
  /** The worksheet to draw. */
  sheet: WorksheetDef;
  /** Other worksheets its references reach. */
  related: WorksheetDef[];
  /** The questions each approach adds at this stage. */
  lensGroups: LensQuestionGroup[];
  /** Link to "My workbooks". */
  workbooksHref: string;
}

/** Draws and edits one worksheet of the open workbook. */
export default function WorksheetForm({ sheet, related, lensGroups, workbooksHref }: WorksheetFormProps) {
  const open = useOpenWorkbook();
  const workbook = useStore($workbook);
  const worksheets = useMemo(() => new Map([sheet, ...related].map((def) => [def.id, def])), [sheet, related]);
  if (open.state === 'opening') return <p class="worksheet__loading">Opening your workbook…</p>;
  if (open.state === 'failed' || !workbook) return <NoWorkbook problem={open.state === 'failed' ? open.problem : ''} workbooksHref={workbooksHref} />;
  const cycle = cycleToShow(workbook, globalThis.location.search);
  if (!cycle) return <NoWorkbook problem="This cycle is not in the workbook." workbooksHref={workbooksHref} />;
  const context = buildFieldContext(workbook, cycle, sheet, worksheets);
  const groups = chosenGroups(lensGroups, workbook.setup.approaches);
  const block = (field: WorksheetDef['fields'][number]) => (
    <FieldBlock
      key={field.id}
      field={field}
      raw={savedValue(workbook, cycle, sheet.id, field)}
      onChange={(value) => saveEdit(sheet.id, field, value)}
      idPrefix={`f-${field.id}`}
      context={context}
    />
  );
  return (
    <form class="worksheet" aria-label={`${sheet.title}: your answers`} onSubmit={(event) => event.preventDefault()} noValidate>
      <p class="worksheet__workbook">
        Working in <strong>{workbook.title}</strong>, cycle {cycle.number}
        {' · '}
        <a href={`${workbooksHref}`}>change workbook</a>
      </p>
      {context.readOnly && <ReadOnlyNotice cycle={cycle} />}
      {sheet.fields.map(block)}
      {groups.map((group) => (
        <section class="worksheet__lens" aria-labelledby={`lens-${group.lensId}`} key={group.lensId}>
          <h2 id={`lens-${group.lensId}`}>Questions from {group.title}</h2>
          {lensFields(group).map(block)}
        </section>
      ))}
    </form>
  );
}
