/**
 * Hostile text for the bad-input suite: markup, script URLs, direction
 * overrides, zero-width characters and a 100,000-character answer. Each must
 * stay inert text wherever it is shown or printed.
 */

/** Markup and script that must never run or become elements. */
export const HOSTILE_MARKUP = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  url: 'javascript:alert(1)',
} as const;

/** Characters that change how text looks but not what it is. */
export const HOSTILE_INVISIBLE = {
  rtl: 'Right\u202Eto left override',
  zeroWidth: 'zero\u200Bwidth\u200Cjoin\u200Dmark\uFEFFend',
} as const;

/** A 100,000-character answer: a repeated sentence, ending in a marker. */
export const LONG_ANSWER = `${'A long answer that goes on. '.repeat(3571)}End of the long answer.`;

/** Every hostile string in one block of text, one per line. */
export const HOSTILE_LINES = [...Object.values(HOSTILE_MARKUP), ...Object.values(HOSTILE_INVISIBLE)].join('\n');

/** A field as far as the builder needs: its id, type, mode and table columns. */
interface FieldLike {
  id: string;
  type: string;
  mode?: string;
  columns?: { id: string; type: string }[];
}

const TEXTS = [...Object.values(HOSTILE_MARKUP), ...Object.values(HOSTILE_INVISIBLE)];
const { script, img, url } = HOSTILE_MARKUP;

/** A table cell: hostile text in text columns; choice, status and date cells are left empty so the row stays readable. */
function cellValue(type: string, index: number): string {
  if (type === 'choice' || type === 'status' || type === 'date') return '';
  return TEXTS[index % TEXTS.length] ?? script;
}

/** A hostile answer for one field, shaped as its type stores answers (or deliberately not, for choices and dates). */
export function hostileValue(field: FieldLike): unknown {
  switch (field.type) {
    case 'short-text': return HOSTILE_LINES;
    case 'long-text': return field.id === 'our-definition' ? `${HOSTILE_LINES}\n${LONG_ANSWER}` : HOSTILE_LINES;
    case 'choice': return script;
    case 'date': return url;
    case 'multi-choice': return [script, 'h1'];
    case 'list': return TEXTS.map((text, index) => ({ id: `h${String(index + 1)}`, text }));
    case 'table': return [0, 1].map((row) => ({ id: `r${String(row)}`, cells: Object.fromEntries((field.columns ?? []).map((column, index) => [column.id, cellValue(column.type, index + row)])) }));
    case 'priority-matrix': return { h1: { impact: 'high', effort: 'low' }, [script]: { impact: 'low', effort: 'low' } };
    case 'dot-vote': return { h1: 3, [script]: 2 };
    case 'survey-tally': return [{ id: 'g1', label: script, date: '2025-03-01', counts: {} }, { id: 'g2', label: img, date: '', counts: {} }];
    case 'indicator':
      if (field.mode === 'follow-up') return { i1: { followUps: [{ id: 'f1', date: '2025-03-01', value: 2 }], interpretation: HOSTILE_LINES }, [script]: { followUps: [], interpretation: img } };
      return [
        { id: 'i1', name: script, kind: 'percent', source: img, baseline: 1, baselineDate: '2025-01-10', target: 2, remeasureOn: '2025-06-01' },
        { id: 'i2', name: url, kind: 'percent', source: HOSTILE_INVISIBLE.rtl, baseline: 3, baselineDate: '2025-01-10', target: 4, remeasureOn: '2025-06-01' },
      ];
    default: return HOSTILE_LINES;
  }
}

/** The text of an exported workbook file with hostile text in every field of every worksheet and in the setup. */
export function hostileWorkbookFile(worksheets: { id: string; fields: FieldLike[] }[], id = 'wb-hostile'): string {
  const at = '2025-10-03T10:00:00.000Z';
  const answers = Object.fromEntries(worksheets.map((sheet) => [sheet.id, Object.fromEntries(sheet.fields.map((field) => [field.id, { value: hostileValue(field), updatedAt: at }]))]));
  const setup = { schoolName: img, setting: script, phase: 'primary', team: [{ id: 'm1', name: script, role: url }], policyAreas: [HOSTILE_INVISIBLE.rtl], approaches: ['inclusion-as-belonging'] };
  const workbook = { id, title: `${script} plan`, setup, cycles: [{ id: 'c1', number: 1, startedAt: at, answers }], currentCycleId: 'c1', schemaVersion: 1, rev: 1, createdAt: at, updatedAt: at };
  return JSON.stringify({ format: 'belonging-workbook', schemaVersion: 1, appVersion: '0.1.0', exportedAt: at, workbook }, null, 2);
}
