import { describe, expect, it } from 'vitest';
import { STAGES, STAGE_IDS } from '../../../src/lib/cycle';

describe('the cycle', () => {
  it('lists every stage id once, in order, with steps 0 to 4', () => {
    expect(STAGES.map((stage) => stage.id)).toEqual([...STAGE_IDS]);
    expect(STAGES.map((stage) => stage.step)).toEqual([0, 1, 2, 3, 4]);
  });
});
