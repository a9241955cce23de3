/**
 * Migrations: an ordered list of pure steps, each taking a raw saved workbook
 * of version `from` to version `from + 1`.
 *
 * Rules: steps are numbered in ones with no gaps (a test checks this); a step
 * never reads the clock or storage; a step gets plain JSON-like data, not a
 * validated `Workbook`, because it runs before validation.
 * Migration scenario: when the workbook shape changes, bump `SCHEMA_VERSION`,
 * append `{ from: N, to: N + 1, migrate }` here, and freeze a fixture
 * `tests/fixtures/workbook-vN.json` made by the release before the change.
 */
import { SCHEMA_VERSION } from './workbook';

/** A plain object read from storage or a file, before validation. */
export type RawRecord = Record<string, unknown>;

/** One step from a shape version to the next. */
export interface Migration {
  /** The version this step reads. */
  from: number;
  /** The version it produces: always `from + 1`. */
  to: number;
  /** Pure: returns the record in the new shape (with `schemaVersion: to`). */
  migrate: (raw: RawRecord) => RawRecord;
}

/** Every migration, oldest first. Empty today: version 1 is the first shape. */
export const MIGRATIONS: readonly Migration[] = [];

/** The result of migrating: never thrown, always returned. */
export type MigrateResult = { ok: true; value: RawRecord } | { ok: false; reason: string };

/**
 * Checks that `migrations` step by one from `oldest` to `target` with no gaps.
 * Returns a sentence describing the first gap, or null when contiguous.
 */
export function findMigrationGap(
  migrations: readonly Migration[],
  target: number = SCHEMA_VERSION,
  oldest: number = target - migrations.length,
): string | null {
  let expected = oldest;
  for (const step of migrations) {
    if (step.from !== expected || step.to !== expected + 1) {
      return `Expected a step from version ${String(expected)} to ${String(expected + 1)}, found ${String(step.from)} → ${String(step.to)}.`;
    }
    expected += 1;
  }
  return expected === target ? null : `Migrations end at version ${String(expected)}, not ${String(target)}.`;
}

/** Runs the steps needed to bring one record up to `target`; never throws. */
export function runMigrations(
  raw: RawRecord,
  migrations: readonly Migration[],
  target: number,
): MigrateResult {
  const start = raw['schemaVersion'];
  if (typeof start !== 'number' || !Number.isInteger(start)) {
    return { ok: false, reason: 'it does not say which version of the workbook made it' };
  }
  if (start > target) return { ok: false, reason: 'it was made by a newer version of the workbook' };
  let value = raw;
  for (let version = start; version < target; version += 1) {
    const step = migrations.find((candidate) => candidate.from === version);
    if (!step) return { ok: false, reason: `there is no way to update it from version ${String(version)}` };
    try {
      value = { ...step.migrate(value), schemaVersion: step.to };
    } catch (error) {
      return { ok: false, reason: `updating it from version ${String(version)} failed (${String(error)})` };
    }
  }
  return { ok: true, value };
}

/** Brings a raw saved workbook up to the current version; never throws. */
export function migrate(raw: RawRecord): MigrateResult {
  return runMigrations(raw, MIGRATIONS, SCHEMA_VERSION);
}
