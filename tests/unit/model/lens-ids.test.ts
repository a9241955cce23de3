import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import fixtureV1 from '../../fixtures/workbook-v1.json';
import { LENS_IDS, lensIdProblems, restoreWorkbook, SetupSchema } from '../../../src/model';
import { loadWorksheets } from '../pdf/support';

const dir = new URL('../../../content/lenses/', import.meta.url);
const lenses = readdirSync(dir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({ id: name.slice(0, -4), order: Number((parse(readFileSync(new URL(name, dir), 'utf8').split(/^---$/m)[1] ?? '') as { order: unknown }).order) }));

describe('planning approach ids', () => {
  it('lists exactly the approaches in content/lenses/, in their order', () => {
    expect([...LENS_IDS]).toEqual([...lenses].sort((a, b) => a.order - b.order).map((lens) => lens.id));
    expect(lensIdProblems(lenses.map((lens) => lens.id))).toEqual([]);
  });

  it('names the file to fix when content/lenses/ and the list disagree', () => {
    expect(lensIdProblems(['inclusion-as-belonging', 'participatory-policy-design', 'inclusion-by-design', 'trauma-informed', 'Calm'])).toMatchInlineSnapshot(`
      [
        "content/lenses/Calm.mdx: name the file with two or more lower-case words joined by hyphens, such as "inclusion-by-design".",
        "content/lenses/trauma-informed.mdx: add "trauma-informed" to LENS_IDS in src/model/ids.ts, so saved workbooks can choose it.",
        "content/lenses/Calm.mdx: add "Calm" to LENS_IDS in src/model/ids.ts, so saved workbooks can choose it.",
        "LENS_IDS in src/model/ids.ts lists "neurodiversity-affirmative", but there is no content/lenses/neurodiversity-affirmative.mdx. Saved workbooks use this id: renaming it needs a migration.",
      ]
    `);
  });

  it('is what Get started offers as the planning approaches', () => {
    const field = loadWorksheets().flatMap((sheet) => sheet.fields).find((candidate) => candidate.setup === 'approaches');
    expect(field?.type === 'multi-choice' ? field.options?.map((option) => option.value) : undefined).toEqual([...LENS_IDS]);
  });

  it('keeps an approach added by a newer release', () => {
    expect(SetupSchema.parse({ approaches: ['inclusion-as-belonging', 'trauma-informed-practice'] }).approaches).toEqual(['inclusion-as-belonging', 'trauma-informed-practice']);
    const raw = structuredClone(fixtureV1) as { setup: Record<string, unknown> };
    raw.setup['approaches'] = ['trauma-informed-practice'];
    const restored = restoreWorkbook(raw);
    expect(restored.ok && restored.workbook.setup.approaches).toEqual(['trauma-informed-practice']);
    expect(restored.ok && restored.repairs).toEqual([]);
  });

  it('refuses an approach id no release could write', () => {
    for (const id of ['x', 'Inclusion', 'two  words', '']) expect(SetupSchema.safeParse({ approaches: [id] }).success, id).toBe(false);
  });
});
