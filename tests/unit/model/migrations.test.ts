import { describe, expect, it } from 'vitest';
import { findMigrationGap, migrate, MIGRATIONS, runMigrations, SCHEMA_VERSION, type Migration } from '../../../src/model';

describe('migrations', () => {
  it('step by one, with no gaps, up to the current version', () => {
    expect(findMigrationGap(MIGRATIONS, SCHEMA_VERSION, 1)).toBeNull();
  });

  it('reports a list that skips a version', () => {
    const skipping: Migration[] = [
      { from: 1, to: 2, migrate: (raw) => raw },
      { from: 3, to: 4, migrate: (raw) => raw },
    ];
    expect(findMigrationGap(skipping, 4, 1)).toBe('Expected a step from version 2 to 3, found 3 → 4.');
  });

  it('reports a list that stops short of the current version', () => {
    expect(findMigrationGap([{ from: 1, to: 2, migrate: (raw) => raw }], 3, 1)).toBe('Migrations end at version 2, not 3.');
  });

  it('runs each step in order, from an old version to the target', () => {
    const steps: Migration[] = [
      { from: 0, to: 1, migrate: ({ name, ...rest }) => ({ ...rest, title: name }) },
      { from: 1, to: 2, migrate: (raw) => ({ ...raw, tags: [] }) },
    ];
    expect(runMigrations({ schemaVersion: 0, name: 'Old' }, steps, 2)).toEqual({
      ok: true,
      value: { schemaVersion: 2, title: 'Old', tags: [] },
    });
  });

  it('returns a reason instead of throwing when a step fails', () => {
    const steps: Migration[] = [{ from: 0, to: 1, migrate: () => { throw new Error('boom'); } }];
    expect(runMigrations({ schemaVersion: 0 }, steps, 1)).toEqual({
      ok: false,
      reason: 'updating it from version 0 failed (Error: boom)',
    });
  });

  it('returns a reason when no step exists for a version', () => {
    expect(migrate({ schemaVersion: 0 })).toEqual({ ok: false, reason: 'there is no way to update it from version 0' });
  });

  it('leaves a current record as it is', () => {
    expect(migrate({ schemaVersion: SCHEMA_VERSION, id: 'x' })).toEqual({ ok: true, value: { schemaVersion: 1, id: 'x' } });
  });
});
