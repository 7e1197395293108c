import type { Citation } from '../../qa/index.ts';
import { plainText } from '../text.ts';

/** Room for a story title where a citation names it (an embed title holds 256). */
export const CITED_TITLE_LENGTH = 200;
/** Room for a story's source where a citation names it. */
export const CITED_SOURCE_LENGTH = 100;

/**
 * "Story title · ¶12 · Coastal Business Wire": where a cited paragraph comes from, on one line, as
 * plain text (for footers; `escapeText` it for a Markdown surface). Title and source are cut to a
 * fixed room, so a footer never crowds the answer out of a message's 6,000 characters.
 */
export function citationLine(citation: Citation): string {
  return [
    plainText(citation.title, CITED_TITLE_LENGTH, { oneLine: true }),
    `¶${citation.paragraph}`,
    citation.source && plainText(citation.source, CITED_SOURCE_LENGTH, { oneLine: true }),
  ]
    .filter(Boolean)
    .join(' · ');
}
