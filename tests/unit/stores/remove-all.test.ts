import { describe, expect, it } from 'vitest';
import { browserKeysToRemove, describeRemoved, engineKeysToRemove } from '../../../src/stores/remove-all';

describe('removing every workbook from this browser', () => {
  it('removes workbook records and kept-aside copies but not the storage probe', () => {
    expect(engineKeysToRemove(['workbook:a', 'quarantine:a:2026-01-01T00:00:00.000Z', 'meta:probe', 'workbook:b'])).toEqual([
      'workbook:a',
      'quarantine:a:2026-01-01T00:00:00.000Z',
      'workbook:b',
    ]);
  });

  it('removes journals, the last-opened id and workshop sessions, and keeps preferences unless asked', () => {
    const keys = ['bw:unsaved:a', 'bw:current-workbook', 'bw:workshop:a', 'bw:reading-prefs', 'bw:guide-closed', 'bw:update-later', 'other'];
    expect(browserKeysToRemove(keys, false)).toEqual(['bw:unsaved:a', 'bw:current-workbook', 'bw:workshop:a']);
    expect(browserKeysToRemove(keys, true)).toEqual(['bw:unsaved:a', 'bw:current-workbook', 'bw:workshop:a', 'bw:reading-prefs', 'bw:guide-closed']);
  });

  it('says what was removed in a sentence', () => {
    expect(describeRemoved({ workbooks: 1, keptAside: 0, preferences: false })).toMatchInlineSnapshot(
      `"Removed 1 workbook, any unsaved edits and the record of which workbook was open from this browser. Reading preferences were kept."`,
    );
    expect(describeRemoved({ workbooks: 3, keptAside: 2, preferences: true })).toMatchInlineSnapshot(
      `"Removed 3 workbooks and 2 copies kept aside, any unsaved edits and the record of which workbook was open from this browser. Reading preferences were reset too."`,
    );
  });
});
