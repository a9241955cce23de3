/** Merging teachers' contributions into the team's workbook: plan, review, apply. */
export { planMerge, type PlanOptions } from './plan';
export { applyMerge, defaultDecisions, isKept, summariseMerge } from './apply';
export { compareTexts, editDistance, editRatio, foldText, normaliseText, tokenOverlap, type Likeness } from './similarity';
export type { ConflictOption, MergeAddition, MergeCombination, MergeConflict, MergeDecisions, MergePlace, MergePlan, MergeSkip, Resemblance } from './types';
