/**
 * Saving one field's edit from any island: the answer itself, and for a
 * field bound to Get started, the workbook setup it mirrors. The autosave
 * listener stores both changes like any other edit.
 */
import type { FieldDefinition } from '../fields/definitions';
import type { JsonValue } from '../model/workbook';
import { setupPatchFor } from '../worksheets/setup-binding';
import { patchOpenWorkbook, setAnswer, updateSetup, type ActionResult } from './workbook';

/** Saves an edit: the answer itself, and the setup for a bound field. */
export function saveEdit(worksheetId: string, field: FieldDefinition, value: unknown, contributor?: string): ActionResult {
  const saved = setAnswer(worksheetId, field.id, value as JsonValue, contributor);
  if (!saved.ok || !field.setup) return saved;
  const patch = setupPatchFor(field.setup, value);
  if (!patch) return saved;
  return 'title' in patch ? patchOpenWorkbook({ title: patch.title }) : updateSetup(patch.setup);
}
