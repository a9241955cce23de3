// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { h } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import SaveStatus from '../../../src/islands/save-status/SaveStatus';
import { saveText } from '../../../src/stores/save-text';
import { $saveStatus, $storageHealth } from '../../../src/stores';

afterEach(() => {
  cleanup();
  $saveStatus.set({ state: 'idle' });
  $storageHealth.setKey('inMemoryOnly', false);
});

describe('saveText', () => {
  it('says Saved, Saving… and Saved at a time', () => {
    expect(saveText({ state: 'idle' })).toEqual({ headline: 'Saved', detail: '' });
    expect(saveText({ state: 'saving', at: '2026-11-23T14:05:00.000Z' })).toEqual({ headline: 'Saving…', detail: '' });
    expect(saveText({ state: 'saved', at: '2026-11-23T14:05:00.000Z' }).headline).toMatch(/^Saved at \d\d:\d\d$/);
  });

  it('says Not saved with the reason and what to do', () => {
    expect(saveText({ state: 'error', message: 'Not saved — storage is full.', advice: 'Export the workbook file now.' })).toEqual({
      headline: 'Not saved — storage is full.',
      detail: 'Export the workbook file now.',
    });
    expect(saveText({ state: 'error', message: 'This workbook was made by a newer version.', advice: 'Reload.' }).headline).toBe(
      'Not saved — this workbook was made by a newer version.',
    );
  });
});

describe('SaveStatus', () => {
  it('announces the state in a status region', () => {
    $saveStatus.set({ state: 'error', message: 'Not saved — storage is full.', advice: 'Your answers are still on this page.' });
    render(h(SaveStatus, {}));
    expect(screen.getByRole('status').textContent).toContain('Not saved — storage is full. Your answers are still on this page.');
  });

  it('warns, and keeps warning, when work is kept only in this tab', () => {
    $storageHealth.setKey('inMemoryOnly', true);
    render(h(SaveStatus, {}));
    expect(screen.getByText(/will be lost\s+when this tab closes unless you export it/)).toBeTruthy();
  });
});
