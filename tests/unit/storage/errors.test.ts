import { describe, expect, it } from 'vitest';
import { classifyStorageError, describeStorageError } from '../../../src/storage';

describe('storage errors', () => {
  it('recognises a full disk', () => {
    expect(classifyStorageError(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
    expect(classifyStorageError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe('quota');
    expect(classifyStorageError(new Error('wrapped', { cause: new DOMException('x', 'QuotaExceededError') }))).toBe('quota');
  });

  it('recognises storage that is switched off', () => {
    expect(classifyStorageError(new DOMException('x', 'InvalidStateError'))).toBe('unavailable');
    expect(classifyStorageError(new DOMException('x', 'UnknownError'))).toBe('unavailable');
  });

  it('treats anything else as unknown', () => {
    expect(classifyStorageError(new TypeError('x'))).toBe('unknown');
    expect(classifyStorageError('odd')).toBe('unknown');
  });

  it('says what happened and what to do', () => {
    const problem = describeStorageError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    expect(problem.message).toBe('Not saved — storage is full.');
    expect(problem.advice).toContain('Export the workbook file');
    expect(problem.advice).toContain('free some space');
    expect(problem.detail).toBe('QuotaExceededError: The quota has been exceeded.');
  });
});
