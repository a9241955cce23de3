/**
 * The action cycle of *Belonging in School* (Alcorn, Zdorovtsova & Astle, 2023)
 * as the workbook walks it: a setup step, then four stages, and round again.
 * Stage ids are used in content frontmatter, URLs and saved workbooks:
 * do not rename one without a migration.
 */
export const STAGE_IDS = ['get-started', 'reflect', 'plan', 'implement', 'measure'] as const;

/** One of the five stage ids. */
export type StageId = (typeof STAGE_IDS)[number];

/** What the site shows for a stage. */
export interface Stage {
  /** Stable id, also the guide page id. */
  id: StageId;
  /** Step number shown to people: 0 for Get started, then 1 to 4. */
  step: number;
  /** Short name, as in the cycle diagram. */
  title: string;
  /** One plain sentence on what the stage is for. */
  summary: string;
}

/** The stages in the order a team works through them. */
export const STAGES: readonly Stage[] = [
  { id: 'get-started', step: 0, title: 'Get started', summary: 'Name your workbook, your team and the policy areas you will look at.' },
  { id: 'reflect', step: 1, title: 'Reflect', summary: 'Look honestly at how things are now and choose what to work on.' },
  { id: 'plan', step: 2, title: 'Plan', summary: 'Agree a goal, the actions that will get you there and how you will know.' },
  { id: 'implement', step: 3, title: 'Implement', summary: 'Do the work, keep a log, meet to check in and adapt as you learn.' },
  { id: 'measure', step: 4, title: 'Measure', summary: 'Compare with where you started, decide what to keep, and go round again.' },
];

/** Finds a stage by id; every id in STAGE_IDS has one. */
export function stageById(id: StageId): Stage {
  const stage = STAGES.find((candidate) => candidate.id === id);
  if (!stage) throw new Error(`Unknown stage "${id}"`);
  return stage;
}

/** The four stages of the cycle proper, without the setup step. */
export const CYCLE_STAGE_IDS = ['reflect', 'plan', 'implement', 'measure'] as const satisfies readonly StageId[];
