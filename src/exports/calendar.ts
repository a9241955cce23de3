/**
 * The workbook's dates as a calendar (.ics): each action's start and due
 * date, each indicator's re-measure date and the next review date, as
 * all-day events. UIDs come from the workbook id, the row id and the kind of
 * date, so importing a later export updates the same events. Names → roles
 * applies to every summary and description. Pure.
 */
import { calendarText, isIsoDay, type CalendarEvent } from './ics';
import { actionPlan, indicatorsWithMeasurements, textFilter, type ExportInput } from './snapshot';

/** A UID part with only characters every calendar accepts. */
const uidPart = (text: string) => text.replace(/[^A-Za-z0-9_-]/g, '_');

/** The stable UID of one dated thing in one workbook. */
export function eventUid(workbookId: string, rowId: string, kind: string): string {
  return `${uidPart(workbookId)}-${uidPart(rowId)}-${uidPart(kind)}@belonging-workbook`;
}

/** Every dated event in the workbook's current cycle. */
export function calendarEvents(input: ExportInput): CalendarEvent[] {
  const filter = textFilter(input);
  const id = input.workbook.id;
  const events: CalendarEvent[] = [];
  const plan = actionPlan(input);
  if (plan) {
    const labelOf = (columnId: string) => plan.field.columns.find((column) => column.id === columnId);
    const nameColumn = plan.field.columns.find((column) => column.type === 'text')?.id ?? '';
    const leadColumn = plan.field.columns.find((column) => column.type === 'person')?.id;
    const dateColumns = plan.field.columns.filter((column) => column.type === 'date');
    for (const row of plan.rows) {
      const name = filter(row.cells[nameColumn]?.trim() || plan.field.rowName);
      const lead = leadColumn ? row.cells[leadColumn]?.trim() : '';
      const description = lead ? `${labelOf(leadColumn ?? '')?.label ?? 'Lead'}: ${filter(lead)}` : undefined;
      for (const column of dateColumns) {
        const date = row.cells[column.id]?.trim();
        if (isIsoDay(date)) events.push({ uid: eventUid(id, row.id, column.id), date, summary: `${column.label}: ${name}`, description });
      }
    }
  }
  for (const { indicator } of indicatorsWithMeasurements(input)) {
    if (isIsoDay(indicator.remeasureOn)) {
      events.push({ uid: eventUid(id, indicator.id, 'remeasure'), date: indicator.remeasureOn, summary: `Measure again: ${filter(indicator.name)}`, description: indicator.source ? filter(indicator.source) : undefined });
    }
  }
  const review = input.workbook.setup.reviewDate;
  if (isIsoDay(review)) events.push({ uid: eventUid(id, 'plan', 'review'), date: review, summary: `Review the plan: ${filter(input.workbook.title)}` });
  return events;
}

/** The calendar file's text. */
export function calendarIcs(input: ExportInput): string {
  return calendarText(textFilter(input)(input.workbook.title), calendarEvents(input), input.now);
}
