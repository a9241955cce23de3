/**
 * Reading and writing one field's answer for the worksheet island, in one
 * place: the answer saved in the cycle, falling back to the workbook setup
 * for Get started's bound fields; and the store actions an edit calls.
 */
import type { FieldDefinition } from '../../fields/definitions';
import type { Cycle, JsonValue, Workbook } from '../../model/workbook';
import { setAnswer, updateSetup, type ActionResult } from '../../stores/workbook';
import { patchOpenWorkbook } from '../../stores/workbook';
import { agreesWithSetup, setupPatchFor, valueFromSetup } from '../../worksheets/setup-binding';

/** The saved value of a field in a cycle, or what the setup holds for a bound field. */
export function savedValue(workbook: Workbook, cycle: Cycle, worksheetId: string, field: FieldDefinition): unknown {
  const answer = cycle.answers[worksheetId]?.[field.id];
  if (!field.setup) return answer?.value;
  // A bound value can also change elsewhere (a rename, the workbook page): the answer is shown only while it still
  // agrees with the setup, so half-typed text (a trailing space, an emptied box) is kept as typed.
  if (answer !== undefined && agreesWithSetup(field.setup, answer.value, workbook)) return answer.value;
  return valueFromSetup(field.setup, workbook);
}

/** Saves an edit: the answer itself, and the setup for a bound field. */
export function saveEdit(worksheetId: string, field: FieldDefinition, value: unknown, contributor?: string): ActionResult {
  const saved = setAnswer(worksheetId, field.id, value as JsonValue, contributor);
  if (!saved.ok || !field.setup) return saved;
  const patch = setupPatchFor(field.setup, value);
  if (!patch) return saved;
  return 'title' in patch ? patchOpenWorkbook({ title: patch.title }) : updateSetup(patch.setup);
}

/** The names or roles offered for "person" inputs: "Name (Role)", a name, or a role. */
export function peopleOf(workbook: Workbook): string[] {
  return workbook.setup.team
    .map((member) => {
      const name = member.name?.trim() ?? '';
      const role = member.role?.trim() ?? '';
      return name && role ? `${name} (${role})` : name || role;
    })
    .filter((label) => label !== '');
}

/** Today's date in the person's own time zone, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
