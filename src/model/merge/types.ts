/**
 * The merge plan: everything merging some contributions would do to the
 * team's workbook, for the facilitator to review before anything changes.
 * Plain data (no functions), so it can be shown, tested and kept in a store.
 */

/** Where a planned change lands. */
export interface MergePlace {
  /** The worksheet id. */
  worksheetId: string;
  /** The worksheet's title, for people. */
  worksheetTitle: string;
  /** The field id. */
  fieldId: string;
  /** The field's label, for people. */
  fieldLabel: string;
}

/** The entry an addition looks like. */
export interface Resemblance {
  /** Exact (same text, ignoring case and spaces) or near (very alike). */
  level: 'exact' | 'near';
  /** The id of the entry it resembles: the team's, or an earlier addition's planned id. */
  ofId: string;
  /** That entry's text. */
  ofText: string;
  /** Who gave that entry: "the team", or a contributor. */
  ofBy: string;
}

/** An entry added to a list, table, indicator list or survey, or an answer filling a gap. */
export interface MergeAddition extends MergePlace {
  /** Unique within the plan; the key of its decision. */
  key: string;
  /** Which contribution it came from (index into the contributions given). */
  source: number;
  /** The contributor's name or role. */
  by: string;
  /** What it says, for people. */
  text: string;
  /** How it lands. */
  target:
    | { kind: 'entry'; originalId: string; entry: Record<string, unknown> }
    | { kind: 'answer'; value: unknown }
    | { kind: 'cell'; rowId: string; columnId: string; rowLabel: string; columnLabel: string; value: string };
  /** Set when it looks like an entry already there: the facilitator keeps or drops it. */
  duplicate?: Resemblance;
}

/** One of the answers offered for a conflicting value. */
export interface ConflictOption {
  /** "the team" or the contributors who gave it, joined with "and". */
  by: string;
  /** The value itself (already checked against the field). */
  value: unknown;
  /** The value in words. */
  text: string;
}

/** A single answer (or table cell) where contributions disagree with the team. */
export interface MergeConflict extends MergePlace {
  /** Unique within the plan; the key of its decision. */
  key: string;
  /** For a table cell: which row and column. */
  cell?: { rowId: string; columnId: string; rowLabel: string; columnLabel: string };
  /** The team's own answer first (its `value` is undefined when there is none), then each different contributed one. */
  options: ConflictOption[];
}

/** Counts or placements combined without a choice (dot votes, matrix, checklist ticks). */
export interface MergeCombination extends MergePlace {
  /** Which contribution it came from. */
  source: number;
  /** The contributor. */
  by: string;
  /** What happens, in a sentence. */
  description: string;
  /** How it combines. */
  kind: 'dots' | 'placements' | 'ticks';
  /** Dots per item id, placements per item id, or ticked ids — as contributed (ids are mapped when applied). */
  value: unknown;
}

/** A contributed answer that will not be merged, and why. */
export interface MergeSkip {
  /** Which contribution it came from. */
  source: number;
  /** The contributor. */
  by: string;
  /** Where it was meant to go (titles fall back to ids when unknown). */
  worksheetTitle: string;
  /** The field, if known. */
  fieldLabel: string;
  /** Why, in a sentence. */
  reason: string;
}

/** Everything a merge would do. */
export interface MergePlan {
  /** The team workbook's id, so a plan is never applied to another. */
  workbookId: string;
  /** Contributors, in the order their files were given. */
  contributors: string[];
  /** Entries and gap-filling answers to add. */
  additions: MergeAddition[];
  /** Disagreements to choose between. */
  conflicts: MergeConflict[];
  /** Combined counts and placements. */
  combinations: MergeCombination[];
  /** What will not be merged. */
  skipped: MergeSkip[];
}

/** The facilitator's choices. */
export interface MergeDecisions {
  /** Per flagged addition key: keep it (true) or drop it (false). */
  keep: Record<string, boolean>;
  /** Per conflict key: the index of the chosen option (0 is the team's). */
  choose: Record<string, number>;
}
