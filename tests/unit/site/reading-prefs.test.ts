import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFS, parsePrefs, prefsBootScript } from '../../../src/lib/reading-prefs';
import { PREFS_KEY } from '../../../src/storage/keys';

/** Runs the inline head script against a fake <html> and localStorage. */
function runBootScript(stored: string | null, storageThrows = false): Record<string, string> {
  const attributes: Record<string, string> = {};
  const document = { documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) } };
  const localStorage = {
    getItem: (key: string) => {
      if (storageThrows) throw new Error('SecurityError');
      return key === PREFS_KEY ? stored : null;
    },
  };
  new Function('document', 'localStorage', prefsBootScript())(document, localStorage);
  return attributes;
}

describe('reading preferences', () => {
  it('reads a full set of stored choices', () => {
    const stored = JSON.stringify({ text: 'larger', spacing: 'wide', font: 'dyslexic', contrast: 'high' });
    expect(parsePrefs(stored)).toEqual({ text: 'larger', spacing: 'wide', font: 'dyslexic', contrast: 'high' });
  });

  it('falls back to standard for missing, unknown or broken values', () => {
    expect(parsePrefs(null)).toEqual(DEFAULT_PREFS);
    expect(parsePrefs('{not json')).toEqual(DEFAULT_PREFS);
    expect(parsePrefs('"a string"')).toEqual(DEFAULT_PREFS);
    expect(parsePrefs(JSON.stringify({ text: 'enormous', font: 'dyslexic', extra: 1 }))).toEqual({ ...DEFAULT_PREFS, font: 'dyslexic' });
  });

  it('has a head script that sets only the chosen, non-standard values', () => {
    const stored = JSON.stringify({ text: 'largest', spacing: 'standard', font: 'comic', contrast: 'high' });
    expect(runBootScript(stored)).toEqual({ 'data-text': 'largest', 'data-contrast': 'high' });
  });

  it('has a head script that never throws, whatever storage does', () => {
    expect(runBootScript('{broken')).toEqual({});
    expect(runBootScript(null, true)).toEqual({});
    expect(runBootScript('null')).toEqual({});
  });

  it('keeps the head script tiny', () => {
    expect(prefsBootScript().length).toBeLessThan(600);
  });
});
