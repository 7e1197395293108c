import { MAX_MARKUP_SPAN } from './limits.ts';

const N = MAX_MARKUP_SPAN;
// Each pattern's inner text cannot hold its own opening mark, so an attempt stops at the next one:
// the spans scanned from successive openings do not overlap, and the whole pass is linear.
const IMAGE = new RegExp(String.raw`!\[([^[\]\n]{0,${N}})\]\([^()\n]{0,${N}}\)`, 'g');
const LINK = new RegExp(String.raw`\[([^[\]\n]{1,${N}})\]\([^()\n]{0,${N}}\)`, 'g');
const STRONG_STARS = new RegExp(String.raw`\*\*((?:[^*\n]|\*(?!\*)){1,${N}}?)\*\*`, 'g');
const STRONG_UNDERSCORES = new RegExp(String.raw`__((?:[^_\n]|_(?!_)){1,${N}}?)__`, 'g');
const EMPHASIS_STAR = new RegExp(String.raw`(?<![\w*])\*(?![\s*])([^*\n]{0,${N}}?[^\s*])\*(?![\w*])`, 'g');
const EMPHASIS_UNDERSCORE = new RegExp(
  String.raw`(?<![\w_])_(?![\s_])([^_\n]{0,${N}}?[^\s_])_(?![\w_])`,
  'g',
);
const CODE = /`([^`]+)`/g;

/**
 * Strips inline Markdown (images, links, emphasis, code, quote and list marks) so that the text
 * reads as plain prose. Linear in the text.
 *
 * @example stripMarkdown('A **balanced** budget, [the mayor said](https://example.com).') // 'A balanced budget, the mayor said.'
 */
export function stripMarkdown(text: string): string {
  return text
    .replace(IMAGE, '$1')
    .replace(LINK, '$1')
    .replace(STRONG_STARS, '$1')
    .replace(STRONG_UNDERSCORES, '$1')
    .replace(EMPHASIS_STAR, '$1')
    .replace(EMPHASIS_UNDERSCORE, '$1')
    .replace(CODE, '$1')
    .replace(/^>[ \t]?/gm, '')
    .replace(/^[ \t]*[-*+][ \t]+/gm, '');
}
