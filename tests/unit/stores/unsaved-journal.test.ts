// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkbook, type FieldKey, type Workbook } from '../../../src/model';
import { UNSAVED_PREFIX } from '../../../src/storage/keys';
import { applyUnsaved, clearUnsaved, writeUnsaved } from '../../../src/stores/unsaved-journal';

afterEach(() => localStorage.clear());

const NOW = '2026-11-23T10:00:00.000Z';

/** A stored workbook and this page's edited copy of it. */
function pair(): { stored: Workbook; mine: Workbook; keys: FieldKey[] } {
  const stored = createWorkbook('Journal', NOW, 'wb-1');
  const cycleId = stored.currentCycleId;
  const mine: Workbook = {
    ...stored,
    setup: { ...stored.setup, schoolName: 'Oak School' },
    cycles: [{ ...stored.cycles[0]!, answers: { reflect: { meaning: { value: 'Typed', updatedAt: '2026-11-23T10:05:00.000Z' } } } }],
  };
  return { stored, mine, keys: [['setup', 'schoolName'], ['answer', cycleId, 'reflect', 'meaning']] };
}

describe('the unsaved-edits journal', () => {
  it('applies edits journalled when a page closed before saving', () => {
    const { stored, mine, keys } = pair();
    writeUnsaved(mine, keys, NOW);
    const recovered = applyUnsaved(stored);
    expect(recovered?.setup.schoolName).toBe('Oak School');
    expect(recovered?.cycles[0]?.answers['reflect']?.['meaning']?.value).toBe('Typed');
  });

  it('applies only answers once the stored record has moved on, so other fields are never overwritten', () => {
    const { stored, mine, keys } = pair();
    writeUnsaved(mine, keys, NOW);
    const recovered = applyUnsaved({ ...stored, rev: stored.rev + 1, setup: { ...stored.setup, schoolName: 'Newer' } });
    expect(recovered?.setup.schoolName).toBe('Newer');
    expect(recovered?.cycles[0]?.answers['reflect']?.['meaning']?.value).toBe('Typed');
  });

  it('ignores and removes an unreadable entry, and does nothing without one', () => {
    const { stored } = pair();
    expect(applyUnsaved(stored)).toBeNull();
    localStorage.setItem(`${UNSAVED_PREFIX}wb-1`, '{ not json');
    expect(applyUnsaved(stored)).toBeNull();
    expect(localStorage.getItem(`${UNSAVED_PREFIX}wb-1`)).toBeNull();
  });

  it('removes the entry on request', () => {
    const { mine, keys } = pair();
    writeUnsaved(mine, keys, NOW);
    clearUnsaved('wb-1');
    expect(localStorage.getItem(`${UNSAVED_PREFIX}wb-1`)).toBeNull();
  });
});
