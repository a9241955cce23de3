import { describe, expect, it } from 'vitest';
import { compareTexts, editDistance, editRatio, foldText, normaliseText, tokenOverlap } from '../../../src/model/merge';

describe('text similarity', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('flaw', 'lawn')).toBe(2);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('café', 'cafe')).toBe(1);
  });

  it('measures likeness between 0 and 1', () => {
    expect(editRatio('same', 'same')).toBe(1);
    expect(editRatio('', '')).toBe(1);
    expect(editRatio('abcd', 'wxyz')).toBe(0);
    expect(tokenOverlap('quiet space at lunch', 'lunch quiet space at')).toBe(1);
    expect(tokenOverlap('one two', 'three four')).toBe(0);
  });

  it('folds case and spaces, and normalises punctuation away', () => {
    expect(foldText('  More   Movement\tBreaks ')).toBe('more movement breaks');
    expect(normaliseText('More movement-breaks!')).toBe('more movement breaks');
  });

  it('calls text equal after trimming and case-folding an exact duplicate', () => {
    expect(compareTexts('More movement breaks', '  more MOVEMENT breaks ')).toBe('exact');
  });

  it('calls small differences near duplicates', () => {
    expect(compareTexts('More movement breaks', 'More movement breaks.')).toBe('near');
    expect(compareTexts('More movement breaks', 'More movment breaks')).toBe('near');
    expect(compareTexts('Quiet space at lunchtime for pupils', 'Quiet space for pupils at lunchtime')).toBe('near');
    expect(compareTexts('A quiet room open at lunchtime', 'A quiet room open at lunchtime every day')).toBe('near');
  });

  it('keeps different entries apart, including short ones', () => {
    expect(compareTexts('PE', 'RE')).toBe('different');
    expect(compareTexts('More movement breaks', 'Quiet space at lunchtime')).toBe('different');
    expect(compareTexts('Train all staff', 'Ask pupils')).toBe('different');
    expect(compareTexts('', '')).toBe('different');
  });
});
