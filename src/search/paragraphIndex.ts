import { type AsPlainObject, type Options, type SearchOptions } from 'minisearch';
import type { Paragraph, Story } from '../knowledge/types.ts';
import { normalizeTerm, tokenize } from './terms.ts';
import { TopKIndex, type TokenCounter, type TopKSearchOptions } from './topKIndex.ts';

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

/**
 * The paragraph index: a MiniSearch index searched top-k (see `TopKIndex`), with what it cannot keep
 * itself: which terms its paragraphs hold, so that a query can tell a word it knows from a
 * misspelling, and the paragraphs' text, to re-rank the best hits.
 */
export class ParagraphIndex extends TopKIndex<ParagraphDoc, number> {
  vocabulary: ReadonlyMap<string, number> | undefined;
  textOf: ((id: number) => string | undefined) | undefined;
  private sequential: boolean | undefined;

  /** Whether every paragraph's id is its position in the index (as `buildParagraphIndex` numbers them). */
  get idsArePositions(): boolean {
    return (this.sequential ??= this.idsAreShortIds());
  }

  /**
   * In how many of paragraphs [first, first + count) `term` occurs (as `termsOf` of their text gives
   * it), from the postings. Only for an index whose ids are positions (`idsArePositions`).
   */
  paragraphsHolding(term: string, first: number, count: number): number {
    if (!this.idsArePositions) throw new Error('lede: paragraph ids are not positions in this index');
    return this.documentsInRange(term, 'text', first, first + count);
  }
}

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

/** Indexes paragraphs in one pass; `countTokens` is told each field's token counts (to count terms without tokenizing again). */
export function buildParagraphIndex(
  docs: readonly ParagraphDoc[],
  countTokens?: TokenCounter,
): ParagraphIndex {
  return ParagraphIndex.build(docs, PARAGRAPH_INDEX_OPTIONS, countTokens);
}

/** A paragraph index from MiniSearch's JSON (`JSON.stringify` of an index). */
export function loadParagraphIndex(json: string): ParagraphIndex {
  return loadParagraphIndexJS(JSON.parse(json) as AsPlainObject);
}

/** Like `loadParagraphIndex`, from the already-parsed `toJSON()` object (no second parse). */
export function loadParagraphIndexJS(js: AsPlainObject): ParagraphIndex {
  return ParagraphIndex.fromPlainObject(js, PARAGRAPH_INDEX_OPTIONS);
}

export interface ParagraphHit {
  id: number;
  score: number;
  /** Indexed terms that matched (after stemming and fuzzy expansion). */
  terms: string[];
}

/**
 * Searches paragraphs with OR semantics (see `typoTolerance`), then re-ranks
 * the best hits by the query's own word forms.
 */
export function searchParagraphs(index: ParagraphIndex, query: string, limit = 20): ParagraphHit[] {
  const textOf = index.textOf;
  if (!query.trim()) return [];
  const hits = runSearch(index, query, textOf ? Math.max(limit, RERANK_DEPTH) : limit);
  return (textOf ? preferExactForms(hits, query, textOf, RERANK_DEPTH) : hits).slice(0, limit);
}

const RERANK_DEPTH = 20;

/** Like `searchParagraphs`, for terms already in their searchable form (see `normalizeTerm`). */
export function searchParagraphTerms(
  index: ParagraphIndex,
  terms: readonly string[],
  limit = 20,
): ParagraphHit[] {
  return runSearch(index, terms, limit);
}

interface Companions {
  /** Every term the paragraphs hold, with its document frequency. */
  vocabulary: ReadonlyMap<string, number>;
  /** A paragraph's text by id (MiniSearch does not store it). */
  textOf?: (id: number) => string | undefined;
}

/** Gives the index the vocabulary and paragraph text it cannot keep itself (see `ParagraphIndex`). */
export function attachCompanions(index: ParagraphIndex, value: Companions): void {
  index.vocabulary = value.vocabulary;
  index.textOf = value.textOf;
}

/**
 * The search options that keep MiniSearch fast at 100k paragraphs without losing typos: a word the
 * paragraphs hold is matched exactly (stemming already joins its forms); only a word they do not
 * hold is looked up fuzzily, as the misspelling it probably is. No prefix search: on every term it
 * multiplies the matches MiniSearch must score, and stemming covers what it would add.
 */
export function typoTolerance(vocabulary?: ReadonlyMap<string, number>): SearchOptions {
  return {
    prefix: false,
    fuzzy: (term) => {
      if (term.length < 4 || vocabulary?.has(term)) return false;
      return term.length >= 5 ? 0.2 : 1;
    },
    maxFuzzy: 2,
    weights: { fuzzy: 0.5, prefix: 0.6 },
  };
}

/**
 * Where a paragraph search runs: the best `limit` paragraphs by MiniSearch's scoring over every query
 * term (MaxScore keeps common terms cheap), with the typo tolerance above.
 */
function runSearch(index: ParagraphIndex, query: string | readonly string[], limit: number): ParagraphHit[] {
  const options: TopKSearchOptions<number> = {
    boost: { text: 1, title: 0.3 },
    ...typoTolerance(index.vocabulary),
  };
  const hits =
    typeof query === 'string'
      ? index.searchTopK(query, limit, options)
      : index.searchTermsTopK(query, limit, options);
  return hits.map((h) => ({ id: h.id, score: h.score, terms: h.terms }));
}

/**
 * Re-ranks the best hits by the words they share with the query as written: stemming makes
 * "generally" and "general" one term, and a paragraph that uses the query's own word form is the
 * better match. Only the first `depth` hits are read, so the cost does not grow with the collection.
 */
export function preferExactForms(
  hits: ParagraphHit[],
  query: string,
  textOf: (id: number) => string | undefined,
  depth = 20,
): ParagraphHit[] {
  const words = new Set(tokenize(query).map((w) => w.toLowerCase()));
  if (words.size === 0 || hits.length < 2) return hits;
  const head = hits.slice(0, depth).map((hit) => {
    const text = textOf(hit.id);
    if (!text) return hit;
    let shared = 0;
    const seen = new Set<string>();
    for (const w of tokenize(text)) {
      const lower = w.toLowerCase();
      if (words.has(lower) && !seen.has(lower)) {
        seen.add(lower);
        shared++;
      }
    }
    return { ...hit, score: hit.score * (1 + (0.6 * shared) / words.size) };
  });
  head.sort((a, b) => b.score - a.score);
  return [...head, ...hits.slice(depth)];
}
