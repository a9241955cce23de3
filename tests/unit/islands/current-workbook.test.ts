// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CURRENT_WORKBOOK_KEY } from '../../../src/storage/keys';
import { currentWorkbookIdFrom, rememberCurrentWorkbook } from '../../../src/stores/current-workbook';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('the current workbook', () => {
  it('takes the id from the address first, else the last one opened', () => {
    expect(currentWorkbookIdFrom({ search: '' })).toBeNull();
    rememberCurrentWorkbook('last');
    expect(localStorage.getItem(CURRENT_WORKBOOK_KEY)).toBe('last');
    expect(currentWorkbookIdFrom({ search: '' })).toBe('last');
    expect(currentWorkbookIdFrom({ search: '?id=from-address' })).toBe('from-address');
  });

  it('never throws when storage is blocked', () => {
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    vi.stubGlobal('localStorage', { getItem: blocked, setItem: blocked });
    expect(() => rememberCurrentWorkbook('x')).not.toThrow();
    expect(currentWorkbookIdFrom({ search: '' })).toBeNull();
  });
});
