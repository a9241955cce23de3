/**
 * Types for upstream `fontkit` 2 (the package ships none). Only `create` is
 * declared: it is all pdf-lib calls, and its result has pdf-lib's own
 * structural font type (layout, glyphs, createSubset, sync subset encode).
 */
declare module 'fontkit' {
  import type { PDFDocument } from '@cantoo/pdf-lib';

  /** Parses font bytes into a font pdf-lib can embed and subset. */
  export const create: Parameters<PDFDocument['registerFontkit']>[0]['create'];
}
