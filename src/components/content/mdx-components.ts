/**
 * The components MDX authors may use without importing them, and the
 * replacements for plain Markdown elements. Pass to `<Content components>`.
 */
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import SmartLink from './SmartLink.astro';

/** Everything a guide, approach or worksheet page can use in its body. */
export const mdxComponents = { a: SmartLink, Callout, Cite };
