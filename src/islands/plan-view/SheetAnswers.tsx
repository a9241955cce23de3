/** One worksheet in the plan: its heading, each answered field, then the approaches' questions and answers. */
import type { AnswerContext } from './answers/answer-props';
import { AnswerSwitch } from './answers/AnswerSwitch';
import type { PlanField, PlanSheet } from '../../worksheets/plan-data';
import { withoutNames } from './plan-context';

function FieldAnswer({ entry, context, dropNameColumn }: { entry: PlanField; context: AnswerContext; dropNameColumn: boolean }) {
  return (
    <div class="plan-answer" data-field-type={entry.field.type}>
      <h4 class="plan-answer__label">{entry.field.label}</h4>
      <AnswerSwitch field={withoutNames(entry.field, dropNameColumn)} raw={entry.raw} context={context} />
    </div>
  );
}

/** Draws one worksheet's answers. */
export function SheetAnswers({ entry, context, dropNameColumn }: { entry: PlanSheet; context: AnswerContext; dropNameColumn: boolean }) {
  const headingId = `sheet-${entry.sheet.id}`;
  return (
    <section class="plan-sheet" aria-labelledby={headingId}>
      <h3 id={headingId}>{entry.sheet.title}</h3>
      {entry.fields.map((field) => (
        <FieldAnswer key={field.field.id} entry={field} context={context} dropNameColumn={dropNameColumn} />
      ))}
      {entry.lenses.map((lens) => (
        <div class="plan-lens" key={lens.lensId}>
          <p class="plan-lens__title">{`Questions from ${lens.title}`}</p>
          {lens.fields.map((field) => (
            <FieldAnswer key={field.field.id} entry={field} context={context} dropNameColumn={dropNameColumn} />
          ))}
        </div>
      ))}
    </section>
  );
}
