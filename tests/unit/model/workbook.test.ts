import { describe, expect, it } from 'vitest';
import fixtureV1 from '../../fixtures/workbook-v1.json';
import { createWorkbook, currentCycle, restoreWorkbook, SCHEMA_VERSION, WorkbookSchema } from '../../../src/model';

const NOW = '2025-09-01T09:00:00.000Z';

describe('the workbook schema', () => {
  it('fills missing optional parts with defaults', () => {
    const parsed = WorkbookSchema.parse({
      id: 'w1',
      cycles: [{ id: 'c1' }],
      currentCycleId: 'c1',
      schemaVersion: 1,
    });
    expect(parsed.title).toBe('Untitled workbook');
    expect(parsed.setup).toEqual({ setting: '', phase: '', team: [], policyAreas: [], approaches: [] });
    expect(parsed.rev).toBe(0);
    expect(parsed.cycles[0]).toEqual({ id: 'c1', number: 1, startedAt: '1970-01-01T00:00:00.000Z', answers: {} });
  });

  it('keeps keys it does not know, for newer releases', () => {
    const workbook = { ...createWorkbook('Plan', NOW), futureThing: { a: 1 } };
    const parsed = WorkbookSchema.parse({ ...workbook, setup: { ...workbook.setup, newSetting: true } });
    expect(parsed['futureThing']).toEqual({ a: 1 });
    expect(parsed.setup['newSetting']).toBe(true);
  });

  it('refuses a team member with neither name nor role', () => {
    const workbook = createWorkbook('Plan', NOW);
    const result = WorkbookSchema.safeParse({ ...workbook, setup: { ...workbook.setup, team: [{ id: 't1' }] } });
    expect(result.success).toBe(false);
  });

  it('refuses a current cycle id that names no cycle', () => {
    const result = WorkbookSchema.safeParse({ ...createWorkbook('Plan', NOW), currentCycleId: 'nope' });
    expect(result.success).toBe(false);
  });

  it('creates a valid empty workbook with its first cycle open', () => {
    const workbook = createWorkbook('  Our plan ', NOW, 'fixed-id');
    expect(workbook).toMatchObject({ id: 'fixed-id', title: 'Our plan', schemaVersion: SCHEMA_VERSION, rev: 0, createdAt: NOW });
    expect(currentCycle(workbook)).toMatchObject({ number: 1, startedAt: NOW, answers: {} });
    expect(WorkbookSchema.safeParse(workbook).success).toBe(true);
  });
});

describe('frozen fixtures', () => {
  it('restores the version 1 fixture without repairs', () => {
    const result = restoreWorkbook(fixtureV1);
    expect(result).toMatchObject({ ok: true, repairs: [] });
    if (!result.ok) return;
    expect(result.workbook.title).toBe('Belonging plan 2025–26');
    expect(result.workbook.setup.team).toHaveLength(4);
    expect(currentCycle(result.workbook).answers['measure-indicators']?.['baseline']?.value).toBe(54);
    expect(result.workbook).toEqual(fixtureV1);
  });
});
