import { describe, expect, it } from 'vitest';
import { keepText, namesToRoles } from '../../../src/islands/plan-view/names-to-roles';

describe('namesToRoles', () => {
  const swap = namesToRoles([
    { id: 't1', name: 'Asha Patel', role: 'SENCo' },
    { id: 't2', role: 'Head' },
    { id: 't3', name: 'Sam' },
  ]);

  it('replaces a full name, with or without its role after it, by the role', () => {
    expect(swap('Lead: Asha Patel (SENCo)')).toBe('Lead: SENCo');
    expect(swap('asha patel will ask the council')).toBe('SENCo will ask the council');
  });

  it('replaces a capitalised part of a longer name, and a name with no role by "Team member"', () => {
    expect(swap('Ms Patel agreed; Sam will write it up.')).toBe('Ms SENCo agreed; Team member will write it up.');
  });

  it('leaves words that only contain a name alone', () => {
    expect(swap('Samples and sample sizes')).toBe('Samples and sample sizes');
  });

  it('is the identity when nobody has a name', () => {
    expect(namesToRoles([{ id: 't2', role: 'Head' }])).toBe(keepText);
  });
});
