/**
 * The whole plan: cover, contents, a section per chosen stage (each on a new
 * page, every worksheet of that stage in order) and the sign-off block.
 */
import { STAGES, type StageId } from '../../lib/cycle';
import type { LensQuestionGroup, WorksheetDef } from '../../worksheets/types';
import type { DocumentParts, ContentsEntry } from '../compose';
import { pageBreak, heading, paragraph } from '../layout/blocks';
import type { Block } from '../layout/types';
import type { WorkbookScope } from '../workbook-scope';
import { approachTitles, coverBlocks, signOffBlocks } from './cover';
import { worksheetBlocks } from './worksheet-blocks';

/** The heading of a stage's section. */
export function stageHeading(id: StageId): string {
  const stage = STAGES.find((candidate) => candidate.id === id);
  if (!stage) return id;
  return stage.step === 0 ? 'Get started' : `Stage ${stage.step}: ${stage.title}`;
}

/** The plan's parts, for the stages chosen (all when none are given). */
export function planParts(scope: WorkbookScope, defs: readonly WorksheetDef[], lensGroups: Record<string, LensQuestionGroup[]>, stages: readonly StageId[] | undefined, generatedAt: Date): DocumentParts {
  const chosen = STAGES.filter((stage) => !stages || stages.length === 0 || stages.includes(stage.id));
  const contents: ContentsEntry[] = [];
  const body: Block[] = [];
  for (const stage of chosen) {
    const sheets = defs.filter((def) => def.stage === stage.id);
    if (sheets.length === 0) continue;
    contents.push({ title: stageHeading(stage.id), anchor: `stage-${stage.id}` });
    body.push(pageBreak, heading(stageHeading(stage.id), 1, `stage-${stage.id}`), paragraph(stage.summary, { muted: true }));
    for (const sheet of sheets) {
      contents.push({ title: sheet.title, anchor: `sheet-${sheet.id}`, sub: true });
      body.push(...worksheetBlocks(sheet, lensGroups[stage.id] ?? [], scope, { blank: false, level: 2, anchor: `sheet-${sheet.id}` }));
    }
  }
  contents.push({ title: 'Sign-off', anchor: 'sign-off' });
  body.push(...signOffBlocks('sign-off'));
  const approaches = approachTitles(scope.workbook, lensGroups);
  return { cover: coverBlocks(scope.workbook, 'Inclusive policy plan', approaches, generatedAt), contents, body, header: scope.workbook.title, headerRight: 'Inclusive policy plan' };
}

/** One worksheet, filled or blank, as a document of its own. */
export function worksheetParts(scope: WorkbookScope, sheet: WorksheetDef, lensGroups: Record<string, LensQuestionGroup[]>, blank: boolean): DocumentParts {
  const body = worksheetBlocks(sheet, lensGroups[sheet.stage] ?? [], scope, { blank, level: 1 });
  const header = blank ? 'Belonging Workbook' : scope.workbook.title;
  return { body, header, headerRight: `${stageHeading(sheet.stage)} · ${sheet.title}${blank ? ' (blank)' : ''}` };
}
