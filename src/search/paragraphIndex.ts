import MiniSearch, { type Options, type SearchOptions, type SearchResult } from 'minisearch';
import type { Paragraph, Story } from '../knowledge/types.ts';
import { normalizeTerm, tokenize } from './terms.ts';

/** What MiniSearch indexes for one paragraph. Text is not stored: the paragraphs live in memory. */
export interface ParagraphDoc {
  /** Position in the knowledge base's flat paragraph list. */
  id: number;
  text: string;
  title: string;
}

export const PARAGRAPH_INDEX_OPTIONS: Options<ParagraphDoc> = {
  idField: 'id',
  fields: ['text', 'title'],
  storeFields: [],
  tokenize,
  processTerm: normalizeTerm,
};

export type ParagraphIndex = MiniSearch<ParagraphDoc>;

export function paragraphDocs(stories: readonly Story[]): { docs: ParagraphDoc[]; paragraphs: Paragraph[] } {
  const docs: ParagraphDoc[] = [];
  const paragraphs: Paragraph[] = [];
  for (const story of stories) {
    for (const paragraph of story.paragraphs) {
      docs.push({ id: paragraphs.length, text: paragraph.text, title: story.title });
      paragraphs.push(paragraph);
    }
  }
  return { docs, paragraphs };
}

export function buildParagraphIndex(docs: readonly ParagraphDoc[]): ParagraphIndex {
  const index = new MiniSearch<ParagraphDoc>(PARAGRAPH_INDEX_OPTIONS);
  index.addAll(docs);
  return index;
}

export function loadParagraphIndex(json: string): ParagraphIndex {
  return MiniSearch.loadJSON<ParagraphDoc>(json, PARAGRAPH_INDEX_OPTIONS);
}

export interface ParagraphHit {
  id: number;
  score: number;
  /** Indexed terms that matched (after stemming and fuzzy expansion). */
  terms: string[];
}

/**
 * Searches paragraphs with OR semantics. Prefix and fuzzy matching apply only to longer terms:
 * on every short term they multiply the matches MiniSearch must score and add little recall.
 */
export function searchParagraphs(index: ParagraphIndex, query: string, limit = 20): ParagraphHit[] {
  return runSearch(index, query, {}, limit);
}

/** Like `searchParagraphs`, for terms already in their searchable form (see `normalizeTerm`). */
export function searchParagraphTerms(index: ParagraphIndex, terms: readonly string[], limit = 20): ParagraphHit[] {
  return runSearch(index, terms.join(' '), { tokenize: (s: string) => s.split(' '), processTerm: (t: string) => t }, limit);
}

function runSearch(index: ParagraphIndex, query: string, processing: SearchOptions, limit: number): ParagraphHit[] {
  if (!query.trim()) return [];
  const results: SearchResult[] = index.search(query, {
    ...processing,
    boost: { text: 1, title: 0.3 },
    prefix: (term) => term.length >= 5,
    fuzzy: (term) => (term.length >= 5 ? 0.2 : term.length >= 4 ? 1 : false),
    maxFuzzy: 2,
    weights: { fuzzy: 0.5, prefix: 0.6 },
  });
  return results.slice(0, limit).map((r) => ({ id: r.id as number, score: r.score, terms: r.terms }));
}
