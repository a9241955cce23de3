// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShortTextField } from '../../../src/fields/short-text/ShortTextField';
import { ShortTextDefinitionSchema, charactersLeftToShow, describeCharactersLeft, isAnswered } from '../../../src/fields/short-text/schema';
import { fieldContext } from './support';

afterEach(cleanup);

const context = fieldContext;

const definition = ShortTextDefinitionSchema.parse({ type: 'short-text', id: 'workbook-name', label: 'Name of this workbook', hint: 'For example, "Belonging 2026"', maxLength: 40 });

describe('ShortTextField', () => {
  it('labels the input and ties the hint to it', () => {
    render(<ShortTextField definition={definition} value={undefined} onChange={() => {}} idPrefix="f1" context={context()} />);
    const input = screen.getByLabelText('Name of this workbook');
    expect(input).toHaveProperty('value', '');
    expect(input.getAttribute('aria-describedby')).toBe('f1-hint');
    expect(screen.getByText('For example, "Belonging 2026"').id).toBe('f1-hint');
  });

  it('reports every edit with the whole text', () => {
    const onChange = vi.fn();
    render(<ShortTextField definition={definition} value="Bel" onChange={onChange} idPrefix="f1" context={context()} />);
    fireEvent.input(screen.getByLabelText('Name of this workbook'), { target: { value: 'Belonging' } });
    expect(onChange).toHaveBeenCalledExactlyOnceWith('Belonging');
  });

  it('sets the limit on the input and hides the count while there is room', () => {
    render(<ShortTextField definition={definition} value="Short" onChange={() => {}} idPrefix="f1" context={context()} />);
    expect(screen.getByLabelText('Name of this workbook').getAttribute('maxlength')).toBe('40');
    expect(screen.queryByText(/characters? left/)).toBeNull();
  });

  it('shows how many characters are left near the limit', () => {
    render(<ShortTextField definition={definition} value={'x'.repeat(33)} onChange={() => {}} idPrefix="f1" context={context()} />);
    expect(screen.getByText('7 characters left').id).toBe('f1-count');
    expect(screen.getByLabelText('Name of this workbook').getAttribute('aria-describedby')).toBe('f1-hint f1-count');
  });

  it('announces reaching the limit', () => {
    render(<ShortTextField definition={definition} value={'x'.repeat(40)} onChange={() => {}} idPrefix="f1" context={context()} />);
    expect(screen.getByText('No characters left')).toBeTruthy();
    expect(screen.getByText('You have reached the limit of 40 characters.').getAttribute('aria-live')).toBe('polite');
  });

  it('flags a saved answer over the limit without cutting it', () => {
    render(<ShortTextField definition={definition} value={'x'.repeat(43)} onChange={() => {}} idPrefix="f1" context={context()} />);
    const input = screen.getByLabelText('Name of this workbook');
    expect(input).toHaveProperty('value', 'x'.repeat(43));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('3 characters too many: please shorten this answer').className).toBe('field__error');
  });

  it('shows the answer read-only in a closed cycle', () => {
    render(<ShortTextField definition={definition} value="Belonging 2025" onChange={() => {}} idPrefix="f1" context={context({ readOnly: true })} />);
    const input = screen.getByLabelText('Name of this workbook');
    expect(input).toHaveProperty('value', 'Belonging 2025');
    expect(input).toHaveProperty('readOnly', true);
  });
});

describe('short-text helpers', () => {
  it('counts an answer with only spaces as unanswered', () => {
    expect(isAnswered('   ')).toBe(false);
    expect(isAnswered('')).toBe(false);
    expect(isAnswered(undefined)).toBe(false);
    expect(isAnswered(' Our plan ')).toBe(true);
  });

  it('shows the count only in the last tenth, and never later than 10 left', () => {
    expect(charactersLeftToShow(179, 200)).toBeUndefined();
    expect(charactersLeftToShow(180, 200)).toBe(20);
    expect(charactersLeftToShow(10, 20)).toBe(10);
    expect(charactersLeftToShow(9, 20)).toBeUndefined();
    expect(charactersLeftToShow(25, 20)).toBe(-5);
  });

  it('describes the count in plain words', () => {
    expect(describeCharactersLeft(1)).toBe('1 character left');
    expect(describeCharactersLeft(0)).toBe('No characters left');
    expect(describeCharactersLeft(-1)).toBe('1 character too many: please shorten this answer');
  });
});
