import { searchParagraphs } from '../search/paragraphIndex.ts';
import type { KnowledgeBase } from '../search/knowledgeBase.ts';
import { tokenize } from '../search/terms.ts';
import { citationOf } from './citation.ts';
import type { Citation } from './types.ts';

export interface PassageHit {
  citation: Citation;
  score: number;
  /** Words of the paragraph text that matched the query (as they appear in the text), for highlighting. */
  matches: string[];
}

export interface PassagePage {
  query: string;
  total: number;
  offset: number;
  hits: PassageHit[];
}

export const MAX_PASSAGE_RESULTS = 50;

/** The paragraphs that best match a query, a page at a time. */
export function searchPassages(
  kb: KnowledgeBase,
  query: string,
  { offset = 0, limit = 5 }: { offset?: number; limit?: number } = {},
): PassagePage {
  const hits = searchParagraphs(kb.index, query, MAX_PASSAGE_RESULTS);
  const page = hits.slice(offset, offset + limit).flatMap((hit) => {
    const paragraph = kb.paragraphs[hit.id];
    if (!paragraph) return [];
    return [
      {
        citation: citationOf(kb, paragraph),
        score: hit.score,
        matches: matchedWords(paragraph.text, hit.terms),
      },
    ];
  });
  return { query, total: hits.length, offset, hits: page };
}

/** The words of `text` whose searchable form is one of `terms`. */
export function matchedWords(text: string, terms: readonly string[]): string[] {
  const wanted = new Set(terms);
  const out = new Set<string>();
  for (const word of tokenize(text)) {
    const lower = word.toLowerCase();
    if ([...wanted].some((t) => lower.startsWith(t))) out.add(word);
  }
  return [...out];
}
