import { describe, expect, it } from 'vitest';
import { FIELD_TYPE_NAMES, FieldDefinitionSchema } from '../../../src/fields/definitions';

describe('field definitions', () => {
  it('knows all fourteen field types', () => {
    expect(FIELD_TYPE_NAMES).toHaveLength(14);
    expect(new Set(FIELD_TYPE_NAMES).size).toBe(14);
  });

  it('accepts a well-formed choice and fills in defaults', () => {
    const parsed = FieldDefinitionSchema.parse({ type: 'choice', id: 'phase', label: 'Phase', options: [{ value: 'primary', label: 'Primary' }, { value: 'secondary', label: 'Secondary' }] });
    expect(parsed).toMatchObject({ type: 'choice', carry: false });
  });

  it('refuses an unknown field type', () => {
    const result = FieldDefinitionSchema.safeParse({ type: 'slider', id: 'x', label: 'Slide me' });
    expect(result.success).toBe(false);
  });

  it('refuses a field id that is not a slug', () => {
    const result = FieldDefinitionSchema.safeParse({ type: 'short-text', id: 'Bad Id', label: 'Name' });
    expect(result.error?.issues[0]?.message).toContain('lower-case letters');
  });

  it('refuses a table whose columns share an id', () => {
    const result = FieldDefinitionSchema.safeParse({
      type: 'table', id: 'actions', label: 'Actions',
      columns: [{ id: 'a', label: 'A', type: 'text' }, { id: 'a', label: 'B', type: 'date' }],
    });
    expect(result.error?.issues[0]?.message).toBe('two columns share an id');
  });

  it('refuses a pulse scale that is not 3 or 5 points', () => {
    const result = FieldDefinitionSchema.safeParse({
      type: 'survey-tally', id: 'pulse', label: 'Pulse', audience: 'Older pupils', favourableTop: 1,
      items: [{ id: 'a', text: 'I feel safe here' }, { id: 'b', text: 'Adults listen to me' }],
      scale: [{ symbol: '☹', label: 'No' }, { symbol: '☺', label: 'Yes' }],
    });
    expect(result.error?.issues[0]?.message).toBe('the scale needs 3 or 5 points');
  });
});
