// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FieldContext } from '../../../src/fields/field-type';
import { formatDate } from '../../../src/lib/dates';
import { changeSummary, describeSeries, seriesOf } from '../../../src/fields/indicator/change-summary';
import { chartGeometry, niceStep } from '../../../src/fields/indicator/chart-geometry';
import { IndicatorField } from '../../../src/fields/indicator/IndicatorField';
import { parseNumber } from '../../../src/fields/indicator/parse-number';
import { IndicatorDefinitionSchema, indicatorsFromRaw, isAnswered } from '../../../src/fields/indicator/schema';
import type { Indicator, IndicatorValue } from '../../../src/fields/indicator/schema';

afterEach(cleanup);

const defineField = IndicatorDefinitionSchema.parse({ type: 'indicator', id: 'measures', label: 'How we will know' });
const followField = IndicatorDefinitionSchema.parse({ type: 'indicator', id: 'results', label: 'Results', mode: 'follow-up', from: { worksheet: 'how-we-know', field: 'measures' } });
const belonging: Indicator = { id: 'i1', name: 'Pupils who feel they belong', kind: 'percent', source: 'Pulse', baseline: 60, baselineDate: '2025-01-15', target: 75 };
const visits: Indicator = { id: 'i2', name: 'Calm-corner visits before 9:15', kind: 'count', source: '', baseline: 30, target: 20 };

function draw(definition: typeof defineField, value: IndicatorValue | undefined, overrides: Partial<FieldContext> = {}, withRaw = true) {
  const onChange = vi.fn();
  const context: FieldContext = { itemsOf: () => [], people: [], today: '2025-06-01', readOnly: false, valueOf: () => undefined, rawValueOf: () => [belonging, visits], ...overrides };
  if (!withRaw) delete context.rawValueOf;
  const view = render(<IndicatorField definition={definition} value={value} onChange={onChange} idPrefix="f" context={context} />);
  const redraw = (next: IndicatorValue) => view.rerender(<IndicatorField definition={definition} value={next} onChange={onChange} idPrefix="f" context={context} />);
  return { onChange, redraw };
}

const noNaN = (text: string) => expect(text).not.toMatch(/NaN|Infinity/);

describe('chartGeometry', () => {
  it('places points left to right and higher values higher', () => {
    const geometry = chartGeometry([{ label: 'a', value: 40 }, { label: 'b', value: 60 }], 480, 220, 75);
    const [first, second] = geometry.points;
    expect(first && second && first.x < second.x).toBe(true);
    expect(first && second && first.y > second.y).toBe(true);
    expect(geometry.linePath).toMatch(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
    expect(geometry.domain[0]).toBe(0);
    expect(geometry.domain[1]).toBeGreaterThanOrEqual(75);
    expect(geometry.targetY).not.toBeNull();
    expect(geometry.targetPath).toMatch(/^M48 [\d.]+ H464$/);
  });

  it('draws one point in the middle with no line', () => {
    const geometry = chartGeometry([{ label: 'Baseline', value: 12 }], 480, 220);
    expect(geometry.points).toHaveLength(1);
    expect(geometry.points[0]?.x).toBe(256);
    expect(geometry.linePath).toBe('');
    expect(geometry.targetPath).toBe('');
  });

  it('copes with all-zero values without NaN', () => {
    const geometry = chartGeometry([{ label: 'a', value: 0 }, { label: 'b', value: 0 }], 480, 220);
    expect(geometry.domain).toEqual([0, 1]);
    noNaN(geometry.linePath);
    expect(geometry.points.every((point) => point.y === geometry.plot.bottom)).toBe(true);
  });

  it('includes negative values and zero on the axis', () => {
    const geometry = chartGeometry([{ label: 'a', value: -5 }, { label: 'b', value: 10 }], 480, 220);
    expect(geometry.domain[0]).toBeLessThanOrEqual(-5);
    expect(geometry.ticks.some((tick) => tick.value === 0)).toBe(true);
    noNaN(geometry.linePath);
  });

  it('returns empty paths for no points, and skips values that are not numbers', () => {
    expect(chartGeometry([], 480, 220).linePath).toBe('');
    const geometry = chartGeometry([{ label: 'a', value: Number.NaN }, { label: 'b', value: 3 }], 480, 220, Number.NaN);
    expect(geometry.points).toHaveLength(1);
    expect(geometry.targetY).toBeNull();
    noNaN(JSON.stringify(geometry));
  });

  it('stays finite in a box too small for its margins', () => {
    noNaN(JSON.stringify(chartGeometry([{ label: 'a', value: 1 }, { label: 'b', value: 2 }], 10, 10, 3)));
  });

  it('picks tidy tick steps', () => {
    expect(niceStep(100)).toBe(25);
    expect(niceStep(7)).toBe(2);
    expect(niceStep(0)).toBe(1);
  });
});

describe('changeSummary', () => {
  it('gives a rise in points and whether the target is met', () => {
    const summary = changeSummary(belonging, [{ id: 'a', date: '2025-03-01', value: 65 }, { id: 'b', date: '2025-06-01', value: 72 }]);
    expect(summary.change).toBe(12);
    expect(summary.changeText).toBe('+12 points since baseline');
    expect(summary.targetMet).toBe(false);
    expect(summary.targetText).toBe('Target not yet met.');
  });

  it('uses the latest date, not the order entered', () => {
    const summary = changeSummary(belonging, [{ id: 'b', date: '2025-06-01', value: 80 }, { id: 'a', date: '2025-03-01', value: 50 }]);
    expect(summary.latest?.value).toBe(80);
    expect(summary.targetText).toBe('Target met.');
  });

  it('treats a target below the baseline as bringing the number down', () => {
    const summary = changeSummary(visits, [{ id: 'a', date: '2025-06-01', value: 18 }]);
    expect(summary.changeText).toBe('−12 since baseline');
    expect(summary.targetMet).toBe(true);
  });

  it('says no change, one point, and avoids rounding noise', () => {
    expect(changeSummary(belonging, [{ id: 'a', date: '', value: 60 }]).changeText).toBe('No change since baseline');
    expect(changeSummary(belonging, [{ id: 'a', date: '', value: 61 }]).changeText).toBe('+1 point since baseline');
    expect(changeSummary({ kind: 'score', baseline: 0.1 }, [{ id: 'a', date: '', value: 0.3 }]).change).toBe(0.2);
  });

  it('copes with a missing baseline, target or follow-up', () => {
    expect(changeSummary(belonging, [])).toMatchObject({ change: null, changeText: 'No follow-up yet', targetMet: null, targetText: 'Not yet measured against the target.' });
    expect(changeSummary({ kind: 'count' }, [{ id: 'a', date: '', value: 3 }])).toMatchObject({ change: null, changeText: 'No baseline to compare with', targetText: 'No target set.' });
  });

  it('describes the series in one sentence', () => {
    const points = seriesOf(belonging, [{ id: 'a', date: '2025-06-01', value: 72 }]);
    expect(describeSeries('Belonging', 'percent', points, 75)).toBe('Chart of Belonging: baseline 60% (15 Jan 2025), then follow-up 1 72% (1 Jun 2025); target 75%.');
    expect(formatDate('')).toBe('no date');
  });
});

describe('indicator helpers', () => {
  it('reads indicators leniently, skipping rows that do not fit', () => {
    expect(indicatorsFromRaw([belonging, { nonsense: true }])).toEqual([belonging]);
    expect(indicatorsFromRaw('not a list')).toEqual([]);
  });

  it('counts as answered with a named indicator, a follow-up or an interpretation', () => {
    expect(isAnswered([])).toBe(false);
    expect(isAnswered([{ ...belonging, name: ' ' }])).toBe(false);
    expect(isAnswered([belonging])).toBe(true);
    expect(isAnswered({ i1: { followUps: [], interpretation: '' } })).toBe(false);
    expect(isAnswered({ i1: { followUps: [], interpretation: 'Better' } })).toBe(true);
  });

  it('reads numbers as people type them', () => {
    expect(parseNumber('12.')).toEqual({ ok: true, value: 12 });
    expect(parseNumber('')).toEqual({ ok: true, value: undefined });
    expect(parseNumber('', { emptyAs: 0 })).toEqual({ ok: true, value: 0 });
    expect(parseNumber('-', {}).ok).toBe(false);
    expect(parseNumber('', { required: true }).ok).toBe(false);
    expect(parseNumber('2.5', { integer: true }).ok).toBe(false);
    expect(parseNumber('-1', { min: 0 })).toEqual({ ok: false, message: 'Enter 0 or more.' });
  });
});

describe('IndicatorField in define mode', () => {
  it('adds an indicator and focuses its name', () => {
    const { onChange, redraw } = draw(defineField, []);
    expect(screen.getByText('No indicators yet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add an indicator' }));
    const rows = onChange.mock.calls[0]?.[0] as Indicator[];
    expect(rows[0]).toMatchObject({ name: '', kind: 'percent', source: '' });
    redraw(rows);
    expect(document.activeElement).toBe(screen.getByLabelText('What we will measure for indicator 1'));
  });

  it('saves a baseline, and leaves it out when cleared', () => {
    const { onChange } = draw(defineField, [belonging]);
    const box = screen.getByLabelText('Baseline for indicator 1');
    fireEvent.input(box, { target: { value: '62.5' } });
    expect(onChange).toHaveBeenLastCalledWith([{ ...belonging, baseline: 62.5 }]);
    fireEvent.input(box, { target: { value: '' } });
    expect(onChange.mock.lastCall?.[0][0]).not.toHaveProperty('baseline');
  });

  it('keeps a half-typed number and explains it instead of saving it', () => {
    const { onChange } = draw(defineField, [belonging]);
    const box = screen.getByLabelText('Target for indicator 1') as HTMLInputElement;
    fireEvent.input(box, { target: { value: '-' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(box.value).toBe('-');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter a number, such as 12 or 4.5.')).toBeTruthy();
  });

  it('changes the kind with the select', () => {
    const { onChange } = draw(defineField, [belonging]);
    fireEvent.change(screen.getByLabelText('Kind for indicator 1'), { target: { value: 'count' } });
    expect(onChange).toHaveBeenLastCalledWith([{ ...belonging, kind: 'count' }]);
  });

  it('removes an indicator, focuses Undo, and puts it back in place', () => {
    const { onChange, redraw } = draw(defineField, [belonging, visits]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove indicator (Indicator 1: Pupils who feel they belong)' }));
    expect(onChange).toHaveBeenLastCalledWith([visits]);
    redraw([visits]);
    expect(screen.getByText(/Removed indicator 1: Pupils who feel they belong\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onChange).toHaveBeenLastCalledWith([belonging, visits]);
  });

  it('moves focus to Undo after a removal', () => {
    const { redraw } = draw(defineField, [belonging]);
    fireEvent.click(screen.getByRole('button', { name: /^Remove indicator/ }));
    redraw([]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
  });

  it('allows no edits in a closed cycle', () => {
    draw(defineField, [belonging], { readOnly: true });
    expect(screen.queryByRole('button')).toBeNull();
    expect((screen.getByLabelText('What we will measure for indicator 1') as HTMLInputElement).readOnly).toBe(true);
    expect((screen.getByLabelText('Kind for indicator 1') as HTMLSelectElement).disabled).toBe(true);
    expect((screen.getByLabelText('Baseline for indicator 1') as HTMLInputElement).value).toBe('60');
  });
});

describe('IndicatorField in follow-up mode', () => {
  const saved: IndicatorValue = { i1: { followUps: [{ id: 'f1', date: '2025-06-01', value: 72 }], interpretation: '' } };

  it('shows each indicator with its change, chart and data table', () => {
    draw(followField, saved);
    expect(screen.getByText('Baseline: 60% (15 Jan 2025). Target: 75%. Source: Pulse.')).toBeTruthy();
    expect(screen.getByText('+12 points since baseline. Target not yet met.')).toBeTruthy();
    const chart = screen.getByRole('img', { name: /^Chart of Pupils who feel they belong: baseline 60%/ });
    expect(chart.querySelector('.indicator__target')).toBeTruthy();
    const drawn = [...chart.querySelectorAll('path, circle, line, text')].flatMap((element) => [...element.attributes].map((attribute) => attribute.value));
    expect(drawn.length).toBeGreaterThan(10);
    noNaN(drawn.join(' '));
    const table = screen.getByRole('table', { name: 'Pupils who feel they belong: baseline and follow-ups' });
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual(['MeasurementDateValue', 'Baseline15 Jan 202560%', 'Follow-up 11 Jun 202572%']);
  });

  it('adds a follow-up that is saved once it has a value', () => {
    const { onChange, redraw } = draw(followField, saved);
    fireEvent.click(screen.getByRole('button', { name: 'Add a follow-up for Pupils who feel they belong' }));
    expect(onChange).not.toHaveBeenCalled();
    redraw(saved);
    const value = screen.getByLabelText('Value of follow-up 2 for Pupils who feel they belong');
    expect(document.activeElement).toBe(value);
    expect(screen.getByText('Not saved until a value is entered.')).toBeTruthy();
    expect((screen.getByLabelText('Date of follow-up 2 for Pupils who feel they belong') as HTMLInputElement).value).toBe('2025-06-01');
    fireEvent.input(value, { target: { value: '78' } });
    const next = onChange.mock.lastCall?.[0] as Record<string, { followUps: unknown[] }>;
    expect(next.i1?.followUps).toEqual([{ id: 'f1', date: '2025-06-01', value: 72 }, expect.objectContaining({ date: '2025-06-01', value: 78 })]);
  });

  it('removes a follow-up with undo', () => {
    const { onChange, redraw } = draw(followField, saved);
    fireEvent.click(screen.getByRole('button', { name: 'Remove follow-up 1 for Pupils who feel they belong' }));
    const emptied = { i1: { followUps: [], interpretation: '' } };
    expect(onChange).toHaveBeenLastCalledWith(emptied);
    redraw(emptied);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onChange).toHaveBeenLastCalledWith(saved);
  });

  it('saves the interpretation', () => {
    const { onChange } = draw(followField, undefined);
    fireEvent.input(screen.getByLabelText('What do we make of this? (Calm-corner visits before 9:15)'), { target: { value: 'Fewer visits' } });
    expect(onChange).toHaveBeenLastCalledWith({ i2: { followUps: [], interpretation: 'Fewer visits' } });
  });

  it('falls back to names from itemsOf when the full indicators cannot be read', () => {
    draw(followField, undefined, { itemsOf: () => [{ id: 'x', label: 'Attendance' }] }, false);
    expect(screen.getByRole('group', { name: 'Attendance' })).toBeTruthy();
    expect(screen.getByText('Nothing to chart yet: record a baseline or a follow-up.')).toBeTruthy();
  });

  it('says when there are no indicators, and keeps results for ones that have gone', () => {
    draw(followField, { gone: { followUps: [], interpretation: 'Kept' } }, { rawValueOf: () => [] });
    expect(screen.getByText('No indicators yet: list them in the plan first, then record their follow-ups here.')).toBeTruthy();
    expect(screen.getByText('Results are also kept for 1 indicator that is no longer in the plan.')).toBeTruthy();
  });

  it('allows no edits in a closed cycle', () => {
    draw(followField, saved, { readOnly: true });
    expect(screen.queryByRole('button')).toBeNull();
    expect((screen.getByLabelText('Value of follow-up 1 for Pupils who feel they belong') as HTMLInputElement).readOnly).toBe(true);
    expect((screen.getByLabelText('What do we make of this? (Pupils who feel they belong)') as HTMLTextAreaElement).readOnly).toBe(true);
  });
});
