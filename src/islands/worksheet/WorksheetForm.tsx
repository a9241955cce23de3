/**
 * The worksheet island: draws any worksheet from its definition and the
 * open workbook, and saves each edit through the store (the autosave
 * listener writes it). Planning approaches the team chose add their
 * questions after the worksheet's own fields.
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import '../../fields/shared/fields.css';
import './worksheet.css';
import type { LensQuestionGroup, WorksheetDef } from '../../worksheets/types';
import { chosenGroups, lensFields } from '../../worksheets/lens-fields';
import { FieldBlock } from './FieldBlock';
import { buildFieldContext, cycleToShow, savedValue } from '../../worksheets/field-context';
import { saveEdit } from '../../stores/save-edit';
import { NoWorkbook, ReadOnlyNotice } from './notices';
import { useOpenWorkbook } from './use-open-workbook';
import { useOpenWorkbookValue } from '../shared/use-workbook';
import { watchPrinting } from '../../lib/print-values';
import { PdfOptions } from './PdfOptions';

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

/** Draws and edits one worksheet of the open workbook, with its PDF options below. */
export default function WorksheetForm(props: WorksheetFormProps) {
  const { sheet, related, lensGroups } = props;
  const open = useOpenWorkbook();
  if (open.state === 'opening') return <p class="worksheet__loading">Opening your workbook…</p>;
  return (
    <>
      {open.state === 'failed' ? <NoWorkbook problem={open.problem} workbooksHref={props.workbooksHref} /> : <WorksheetBody {...props} />}
      <PdfOptions worksheets={[sheet, ...related]} lensGroups={{ [sheet.stage]: lensGroups }} worksheetId={sheet.id} />
    </>
  );
}

/** The worksheet's fields for the open workbook. */
function WorksheetBody({ sheet, related, lensGroups, workbooksHref }: WorksheetFormProps) {
  const workbook = useOpenWorkbookValue();
  const worksheets = useMemo(() => new Map([sheet, ...related].map((def) => [def.id, def])), [sheet, related]);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => (formRef.current ? watchPrinting(formRef.current) : undefined), [workbook !== null]);
  if (!workbook) return <NoWorkbook problem="" workbooksHref={workbooksHref} />;
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
    <form ref={formRef} class="worksheet" aria-label={`${sheet.title}: your answers`} onSubmit={(event) => event.preventDefault()} noValidate>
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
