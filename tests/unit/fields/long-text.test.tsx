// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LongTextField, growToFit } from '../../../src/fields/long-text/LongTextField';
import { LongTextDefinitionSchema, isAnswered } from '../../../src/fields/long-text/schema';
import { fieldContext } from './support';

afterEach(cleanup);

const context = fieldContext;

const definition = LongTextDefinitionSchema.parse({ type: 'long-text', id: 'belonging-looks-like', label: 'What does belonging look like here?', rows: 5 });
const label = 'What does belonging look like here?';

describe('LongTextField', () => {
  it('starts as an empty box of the given number of rows', () => {
    render(<LongTextField definition={definition} value={undefined} onChange={() => {}} idPrefix="f2" context={context()} />);
    const box = screen.getByLabelText(label);
    expect(box.tagName).toBe('TEXTAREA');
    expect(box).toHaveProperty('value', '');
    expect(box.getAttribute('rows')).toBe('5');
    expect(box.getAttribute('aria-describedby')).toBeNull();
  });

  it('reports every edit with the whole text, line breaks kept', () => {
    const onChange = vi.fn();
    render(<LongTextField definition={definition} value="" onChange={onChange} idPrefix="f2" context={context()} />);
    fireEvent.input(screen.getByLabelText(label), { target: { value: 'Pupils greeted by name.\nQuiet spaces at lunch.' } });
    expect(onChange).toHaveBeenCalledExactlyOnceWith('Pupils greeted by name.\nQuiet spaces at lunch.');
  });

  it('grows the box to fit its content as the person types', () => {
    vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockReturnValue(240);
    render(<LongTextField definition={definition} value="" onChange={() => {}} idPrefix="f2" context={context()} />);
    const box = screen.getByLabelText(label) as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: 'Line\n'.repeat(12) } });
    expect(box.style.height).toBe('240px');
  });

  it('fits saved text when first drawn', () => {
    vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockReturnValue(300);
    render(<LongTextField definition={definition} value={'Saved line\n'.repeat(15)} onChange={() => {}} idPrefix="f2" context={context()} />);
    expect((screen.getByLabelText(label) as HTMLTextAreaElement).style.height).toBe('300px');
  });

  it('ties the hint to the box when there is one', () => {
    const withHint = { ...definition, hint: 'Think of a normal Tuesday.' };
    render(<LongTextField definition={withHint} value="" onChange={() => {}} idPrefix="f2" context={context()} />);
    expect(screen.getByLabelText(label).getAttribute('aria-describedby')).toBe('f2-hint');
  });

  it('shows the answer read-only in a closed cycle', () => {
    render(<LongTextField definition={definition} value="Kept from last year" onChange={() => {}} idPrefix="f2" context={context({ readOnly: true })} />);
    const box = screen.getByLabelText(label);
    expect(box).toHaveProperty('value', 'Kept from last year');
    expect(box).toHaveProperty('readOnly', true);
  });
});

describe('long-text helpers', () => {
  it('counts blank lines and spaces as unanswered', () => {
    expect(isAnswered('\n  \n')).toBe(false);
    expect(isAnswered(undefined)).toBe(false);
    expect(isAnswered('A start')).toBe(true);
  });

  it('adds the borders to the content height', () => {
    const box = document.createElement('textarea');
    vi.spyOn(box, 'scrollHeight', 'get').mockReturnValue(100);
    vi.spyOn(box, 'offsetHeight', 'get').mockReturnValue(54);
    vi.spyOn(box, 'clientHeight', 'get').mockReturnValue(50);
    growToFit(box);
    expect(box.style.height).toBe('104px');
  });
});
