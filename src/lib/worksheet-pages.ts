/**
 * Reads the worksheet collection once per build and turns entries into the
 * plain definitions islands receive. Broken references between worksheets
 * stop the build here, with the file and field named.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { referenceProblems } from '../worksheets/integrity';
import { reachableWorksheetIds } from '../worksheets/resolve-items';
import { summaryProblems } from '../worksheets/summary';
import type { LensQuestionGroup, WorksheetDef } from '../worksheets/types';
import type { CYCLE_STAGE_IDS, StageId } from './cycle';

/** A worksheet entry as a plain definition. */
export function toDef(entry: CollectionEntry<'worksheets'>): WorksheetDef {
  return { id: entry.id, title: entry.data.title, stage: entry.data.stage, fields: entry.data.fields, ...(entry.data.summary ? { summary: entry.data.summary } : {}) };
}

/** Every worksheet, in stage then `order` order; throws on a broken reference or plan-on-a-page declaration. */
export async function allWorksheets(): Promise<CollectionEntry<'worksheets'>[]> {
  const entries = await getCollection('worksheets');
  const defs = entries.map(toDef);
  const problems = referenceProblems(defs);
  if (problems.length > 0) throw new Error(`Worksheet references are broken:\n- ${problems.join('\n- ')}`);
  const summary = summaryProblems(defs);
  if (summary.length > 0) throw new Error(`The plan on a page is not declared properly:\n- ${summary.join('\n- ')}`);
  const stageOrder: StageId[] = ['get-started', 'reflect', 'plan', 'implement', 'measure'];
  return entries.sort((a, b) => stageOrder.indexOf(a.data.stage) - stageOrder.indexOf(b.data.stage) || a.data.order - b.data.order);
}

/** The definitions a worksheet's references reach (not including itself). */
export function relatedDefs(sheet: WorksheetDef, all: readonly WorksheetDef[]): WorksheetDef[] {
  const byId = new Map(all.map((def) => [def.id, def]));
  const reached = reachableWorksheetIds(sheet, byId);
  return all.filter((def) => def.id !== sheet.id && reached.has(def.id));
}

/** The questions every approach adds at a stage (Get started has none). */
export async function lensGroupsFor(stage: StageId): Promise<LensQuestionGroup[]> {
  if (stage === 'get-started') return [];
  const lenses = (await getCollection('lenses')).sort((a, b) => a.data.order - b.data.order);
  return lenses.map((lens) => ({
    lensId: lens.id,
    title: lens.data.title,
    questions: lens.data.questions[stage as (typeof CYCLE_STAGE_IDS)[number]],
  }));
}
