import type { Citation } from '../../qa/index.ts';

/** "Story title · ¶12 · Coastal Business Wire": where a cited paragraph comes from (plain text, for footers). */
export function citationLine(citation: Citation): string {
  return [citation.title, `¶${citation.paragraph}`, citation.source].filter(Boolean).join(' · ');
}
