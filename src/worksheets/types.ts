/**
 * What a worksheet page hands its island: plain data, serialisable as
 * island props. Built from the content collection at build time.
 */
import type { StageId } from '../lib/cycle';
import type { FieldDefinition } from '../fields/definitions';
import type { Summary } from './summary';

/** A worksheet's definition, as the island needs it. */
export interface WorksheetDef {
  /** The worksheet id (its file name). */
  id: string;
  /** Its title. */
  title: string;
  /** Its stage. */
  stage: StageId;
  /** Its fields, in order. */
  fields: FieldDefinition[];
  /** What its fields give the plan on a page (src/worksheets/summary.ts), if anything. */
  summary?: Summary | undefined;
}

/** One planning approach's questions for one stage. */
export interface LensQuestionGroup {
  /** The approach's id, as saved in setup.approaches. */
  lensId: string;
  /** The approach's full title. */
  title: string;
  /** The questions, each becoming a long-text field. */
  questions: { id: string; prompt: string; hint?: string | undefined }[];
}
