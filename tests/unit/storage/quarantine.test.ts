import { describe, expect, it } from 'vitest';
import { createMemoryEngine, discardQuarantined, listQuarantined, quarantine, quarantinedText } from '../../../src/storage';

describe('quarantine', () => {
  it('keeps a record aside exactly as it was', async () => {
    const engine = createMemoryEngine();
    const raw = { schemaVersion: 9, odd: [1, { two: 2 }] };
    await quarantine(engine, 'w1', raw, 'From a newer version.', '2025-10-01T00:00:00.000Z');
    expect(await engine.keys()).toEqual(['quarantine:w1:2025-10-01T00:00:00.000Z']);
    const [entry] = await listQuarantined(engine);
    expect(entry).toMatchObject({ id: 'w1', reason: 'From a newer version.', raw });
    expect(quarantinedText(entry!)).toBe(`${JSON.stringify(raw, null, 2)}\n`);
  });

  it('never overwrites an earlier entry from the same moment', async () => {
    const engine = createMemoryEngine();
    await quarantine(engine, 'w1', 'first', 'r', '2025-10-01T00:00:00.000Z');
    await quarantine(engine, 'w1', 'second', 'r', '2025-10-01T00:00:00.000Z');
    expect((await listQuarantined(engine)).map((entry) => entry.raw)).toEqual(['first', 'second']);
  });

  it('removes an entry only when asked, and only quarantine keys', async () => {
    const engine = createMemoryEngine([['workbook:w1', {}]]);
    const entry = await quarantine(engine, 'w1', 'x', 'r', '2025-10-01T00:00:00.000Z');
    await expect(discardQuarantined(engine, 'workbook:w1')).rejects.toThrow('Not a quarantine key');
    await discardQuarantined(engine, entry.key);
    expect(await engine.keys()).toEqual(['workbook:w1']);
  });
});
