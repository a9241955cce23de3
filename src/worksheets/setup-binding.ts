/**
 * Fields marked `setup:` in a worksheet (Get started's "Our team and
 * scope") also keep the workbook's setup in step, so the title, team and
 * chosen approaches are the same everywhere on the site.
 *
 * The field's own answer stays the source of what the page shows (a team
 * row with nothing typed yet must not vanish); the setup receives a cleaned
 * copy. When a cycle has no answer yet (a new cycle, an imported file), the
 * field shows what the setup holds.
 */
import type { Setup, Workbook } from '../model/workbook';
import type { FieldDefinition } from '../fields/definitions';

type SetupKey = NonNullable<FieldDefinition['setup']>;

interface TeamRowLike {
  id: string;
  cells: Record<string, string>;
}

function teamRows(value: unknown): TeamRowLike[] {
  if (!Array.isArray(value)) return [];
  return value.filter((row): row is TeamRowLike => typeof row === 'object' && row !== null && 'id' in row && 'cells' in row);
}

function teamFromRows(value: unknown): Setup['team'] {
  return teamRows(value)
    .map((row) => ({ id: row.id, name: (row.cells['name'] ?? '').trim(), role: (row.cells['role'] ?? '').trim() }))
    .filter((member) => member.name || member.role)
    .map(({ id, name, role }) => ({ id, ...(name ? { name } : {}), ...(role ? { role } : {}) }));
}

/** What the setup holds for a bound field, in the field's own value shape. */
export function valueFromSetup(key: SetupKey, workbook: Workbook): unknown {
  if (key === 'title') return workbook.title;
  if (key === 'team') return workbook.setup.team.map((member) => ({ id: member.id, cells: { name: member.name ?? '', role: member.role ?? '' } }));
  return workbook.setup[key];
}

/** The change to make to the workbook for a new value of a bound field. */
export function setupPatchFor(key: SetupKey, value: unknown): { title: string } | { setup: Partial<Setup> } | null {
  if (key === 'title') return { title: typeof value === 'string' && value.trim() ? value.trim() : 'Untitled workbook' };
  if (key === 'team') return { setup: { team: teamFromRows(value) } };
  if (key === 'policyAreas' || key === 'approaches') return Array.isArray(value) ? { setup: { [key]: value } as Partial<Setup> } : null;
  if (typeof value !== 'string') return null;
  const optional = key === 'schoolName' || key === 'cycleStart' || key === 'cycleEnd' || key === 'reviewDate';
  if (optional && value.trim() === '') return { setup: { [key]: undefined } as Partial<Setup> };
  return { setup: { [key]: key === 'schoolName' ? value : value.trim() } as Partial<Setup> };
}

/** True when saving `answer` would leave the setup as it is now (so the answer is current, not stale). */
export function agreesWithSetup(key: SetupKey, answer: unknown, workbook: Workbook): boolean {
  const patch = setupPatchFor(key, answer);
  if (!patch) return false;
  if ('title' in patch) return patch.title === workbook.title;
  const wanted = patch.setup[key as keyof Setup];
  return JSON.stringify(wanted) === JSON.stringify(workbook.setup[key as keyof Setup]);
}
