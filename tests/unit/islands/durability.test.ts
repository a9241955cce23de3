import { describe, expect, it } from 'vitest';
import { EXPORT_REMINDER_MS, needsExportReminder, needsSafariWarning, persistenceText, spaceText } from '../../../src/stores/durability';
import { formatBytes } from '../../../src/lib/bytes';
import { formatDateTime } from '../../../src/lib/dates';

const T0 = Date.parse('2026-11-23T09:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();
const MIN = 60_000;

describe('needsExportReminder', () => {
  it('reminds when edits are 20 minutes newer than the last export', () => {
    const base = { createdAt: iso(T0), lastExportedAt: iso(T0), sessionEditsSince: null, now: T0 + 30 * MIN };
    expect(needsExportReminder({ ...base, updatedAt: iso(T0 + 19 * MIN) })).toBe(false);
    expect(needsExportReminder({ ...base, updatedAt: iso(T0 + EXPORT_REMINDER_MS) })).toBe(true);
  });

  it('counts from creation when the workbook was never exported', () => {
    expect(needsExportReminder({ createdAt: iso(T0), updatedAt: iso(T0 + 25 * MIN), sessionEditsSince: null, now: T0 + 25 * MIN })).toBe(true);
  });

  it('reminds after 20 minutes of editing in this session with no export since', () => {
    const base = { createdAt: iso(T0), updatedAt: iso(T0 + 40 * MIN), lastExportedAt: iso(T0 + 39 * MIN), now: T0 + 62 * MIN };
    expect(needsExportReminder({ ...base, sessionEditsSince: T0 + 41 * MIN })).toBe(true);
    expect(needsExportReminder({ ...base, sessionEditsSince: T0 + 38 * MIN, lastExportedAt: iso(T0 + 60 * MIN) })).toBe(false);
    expect(needsExportReminder({ ...base, sessionEditsSince: T0 + 50 * MIN })).toBe(false);
  });
});

describe('needsSafariWarning', () => {
  const safariMac = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
  const chromeMac = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
  const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

  it('warns on iPhone, on iPads that say "Macintosh" with touch, and on Safari for Mac', () => {
    expect(needsSafariWarning({ userAgent: iphone, maxTouchPoints: 5, standalone: false })).toBe(true);
    expect(needsSafariWarning({ userAgent: chromeMac, maxTouchPoints: 5, standalone: false })).toBe(true);
    expect(needsSafariWarning({ userAgent: safariMac, maxTouchPoints: 0, standalone: false })).toBe(true);
  });

  it('does not warn in Chrome on a desktop, or from the Home Screen', () => {
    expect(needsSafariWarning({ userAgent: chromeMac, maxTouchPoints: 0, standalone: false })).toBe(false);
    expect(needsSafariWarning({ userAgent: iphone, maxTouchPoints: 5, standalone: true })).toBe(false);
  });
});

describe('storage health in words', () => {
  const health = { persisted: 'granted' as const, estimate: { supported: true as const, usage: 1_234_567, quota: 10_000_000_000 }, inMemoryOnly: false };

  it('says whether the browser agreed to keep the work, and the space used', () => {
    expect(persistenceText(health)).toBe('This browser has agreed to keep your work.');
    expect(persistenceText({ ...health, persisted: 'not-granted' })).toBe('This browser may clear your work if space runs low — export regularly.');
    expect(spaceText(health)).toBe('Using 1.2 MB of about 10 GB.');
    expect(spaceText({ ...health, estimate: { supported: false } })).toBe('This browser does not say how much space is used.');
  });

  it('formats dates and sizes in plain UK style', () => {
    expect(formatDateTime('2026-11-23T14:05:00.000Z')).toMatch(/^23 Nov 2026, \d\d:05$/);
    expect(formatDateTime(undefined, 'never')).toBe('never');
    expect(formatBytes(340_000)).toBe('340 KB');
    expect(formatBytes(512)).toBe('512 bytes');
  });
});
