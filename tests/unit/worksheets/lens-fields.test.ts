import { describe, expect, it } from 'vitest';
import { FieldDefinitionSchema } from '../../../src/fields/definitions';
import { chosenGroups, lensFieldId, lensFields } from '../../../src/worksheets/lens-fields';

const groups = [
  { lensId: 'inclusion-by-design', title: 'Inclusion by design', questions: [{ id: 'reflect-routines', prompt: 'Which routines leave pupils out?', hint: 'Think of the start of the day.' }] },
  { lensId: 'participatory-policy-design', title: 'Participatory policy design', questions: [{ id: 'reflect-voices', prompt: 'Whose voices are missing so far?' }] },
];

describe('questions the chosen approaches add', () => {
  it('shows only the approaches the team chose', () => {
    expect(chosenGroups(groups, ['participatory-policy-design']).map((group) => group.lensId)).toEqual(['participatory-policy-design']);
    expect(chosenGroups(groups, [])).toEqual([]);
  });

  it('turns each question into a valid long-text field saved under a stable id', () => {
    const [field] = lensFields(groups[0] ?? { lensId: '', title: '', questions: [] });
    expect(field?.id).toBe(lensFieldId('inclusion-by-design', 'reflect-routines'));
    expect(field?.id).toBe('lens-inclusion-by-design-reflect-routines');
    expect(FieldDefinitionSchema.safeParse(field).success).toBe(true);
    expect(field).toMatchObject({ type: 'long-text', label: 'Which routines leave pupils out?', hint: 'Think of the start of the day.' });
  });
});
