import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../../../src/fields/definitions';
import { ideaTargetOf } from '../../../src/worksheets/idea-target';
import { parseSession, withSheet } from '../../../src/stores/workshop-session';
import { describeHidden, entryCount, withIdea } from '../../../src/worksheets/think-alone';

const list = { type: 'list', id: 'candidates', label: 'Candidates', itemName: 'idea', carry: false, max: 2 } as FieldDefinition;
const notes = { type: 'long-text', id: 'notes', label: 'Notes', carry: false } as FieldDefinition;
const vote = { type: 'dot-vote', id: 'votes', label: 'Votes', itemsFrom: { field: 'candidates', unfinishedOnly: false }, dotsPerPerson: 3, carry: false } as FieldDefinition;

describe('think alone, then share', () => {
  it('collects ideas only on prompts that hold ideas', () => {
    expect(ideaTargetOf(list)).toEqual({ kind: 'list' });
    expect(ideaTargetOf(notes)).toEqual({ kind: 'text' });
    expect(ideaTargetOf(vote)).toBeNull();
  });

  it('counts hidden entries, leaving out blanks', () => {
    expect(entryCount(list, [{ id: 'a', text: 'One' }, { id: 'b', text: ' ' }])).toBe(1);
    expect(entryCount(notes, 'First\n\nSecond\n')).toBe(2);
    expect(entryCount(list, 'not a list')).toBe(0);
    expect(describeHidden(1)).toBe('1 entry hidden');
    expect(describeHidden(3)).toBe('3 entries hidden');
  });

  it('adds an idea without touching the others, and refuses a full list', () => {
    const one = withIdea(list, [{ id: 'a', text: 'One' }], '  Two ', { kind: 'list' }) as { id: string; text: string }[];
    expect(one.map((item) => item.text)).toEqual(['One', 'Two']);
    expect(one[1]?.id).toBeTruthy();
    expect(withIdea(list, one, 'Three', { kind: 'list' })).toBeNull();
    expect(withIdea(notes, 'First  ', 'Second', { kind: 'text' })).toBe('First\nSecond');
    expect(withIdea(notes, undefined, '   ', { kind: 'text' })).toBeNull();
  });
});

describe('workshop session record', () => {
  it('starts afresh from missing or broken data and keeps good data', () => {
    const now = '2026-03-03T10:00:00.000Z';
    expect(parseSession(null, now)).toEqual({ startedAt: now, sheets: [], agendaId: null, step: 0 });
    expect(parseSession('{bad', now).startedAt).toBe(now);
    const kept = parseSession(JSON.stringify({ startedAt: '2026-03-03T09:00:00.000Z', sheets: ['policy-audit', 4], agendaId: 'ninety', step: 2 }), now);
    expect(kept).toEqual({ startedAt: '2026-03-03T09:00:00.000Z', sheets: ['policy-audit'], agendaId: 'ninety', step: 2 });
    expect(withSheet(kept, 'policy-audit')).toBe(kept);
    expect(withSheet(kept, 'our-goal').sheets).toEqual(['policy-audit', 'our-goal']);
  });
});
