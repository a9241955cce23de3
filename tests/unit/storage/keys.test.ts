import { describe, expect, it } from 'vitest';
import { LATER_KEY } from '../../../src/lib/sw-update';
import { UPDATE_LATER_KEY, workshopSessionKey } from '../../../src/storage/keys';

describe('storage key names', () => {
  it('keeps the service worker prompt’s own copy of its key equal to the one in keys.ts', () => {
    expect(LATER_KEY).toBe(UPDATE_LATER_KEY);
  });

  it('names a workshop session after its workbook', () => {
    expect(workshopSessionKey('abc')).toBe('bw:workshop:abc');
  });
});
