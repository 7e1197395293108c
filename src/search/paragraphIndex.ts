import MiniSearch, {
  type AsPlainObject,
  type Options,
  type SearchOptions,
  type SearchResult,
} from 'minisearch';
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

/** Like `loadParagraphIndex`, from the already-parsed `toJSON()` object (no second parse). */
export function loadParagraphIndexJS(js: AsPlainObject): ParagraphIndex {
  return MiniSearch.loadJS<ParagraphDoc>(js, PARAGRAPH_INDEX_OPTIONS);
}

export interface ParagraphHit {
  id: number;
  score: number;
  /** Indexed terms that matched (after stemming and fuzzy expansion). */
  terms: string[];
}

/**
 * Searches paragraphs with OR semantics (see `typoTolerance` and `dropCommonTerms`), then re-ranks
 * the best hits by the query's own word forms.
 */
export function searchParagraphs(index: ParagraphIndex, query: string, limit = 20): ParagraphHit[] {
  const textOf = companions.get(index)?.textOf;
  const hits = runSearch(index, query, {}, textOf ? Math.max(limit, RERANK_DEPTH) : limit);
  return (textOf ? preferExactForms(hits, query, textOf, RERANK_DEPTH) : hits).slice(0, limit);
}

const RERANK_DEPTH = 20;

/** Like `searchParagraphs`, for terms already in their searchable form (see `normalizeTerm`). */
export function searchParagraphTerms(
  index: ParagraphIndex,
  terms: readonly string[],
  limit = 20,
): ParagraphHit[] {
  return runSearch(
    index,
    terms.join(' '),
    { tokenize: (s: string) => s.split(' '), processTerm: (t: string) => t },
    limit,
  );
}

interface Companions {
  /** Every term the paragraphs hold, with its document frequency. */
  vocabulary: ReadonlyMap<string, number>;
  /** A paragraph's text by id (MiniSearch does not store it). */
  textOf?: (id: number) => string | undefined;
}

const companions = new WeakMap<ParagraphIndex, Companions>();

/**
 * Gives the index what it cannot keep itself: which terms its paragraphs hold, so that a query can
 * tell a word it knows from a misspelling, and the paragraphs' text, to re-rank the best hits.
 */
export function attachCompanions(index: ParagraphIndex, value: Companions): void {
  companions.set(index, value);
}

/** A term in more than this share of the paragraphs says little about which one is meant. */
const COMMON_SHARE = 0.08;
/** Below this many paragraphs no term is too common to search by. */
const COMMON_FLOOR = 1000;
/** A long typed query is searched by its five rarest words: the others only add matches to score. (The answer engine's own term lists are searched whole: their synonyms matter.) */
const MAX_QUERY_TERMS = 5;

/**
 * The query without the terms that most paragraphs hold, when at least two rarer ones remain, and
 * at most its `MAX_QUERY_TERMS` rarest terms.
 * MiniSearch scores every paragraph that matches any query term and sorts them all: at 100k
 * paragraphs one word like "government" brings tens of thousands of matches and adds almost
 * nothing to the ranking (its IDF is near zero).
 */
function dropCommonTerms(
  index: ParagraphIndex,
  query: string,
  processing: SearchOptions,
  vocabulary: ReadonlyMap<string, number>,
): string {
  const limit = Math.max(COMMON_FLOOR, index.documentCount * COMMON_SHARE);
  const tokenizeQuery: (text: string) => string[] = processing.tokenize ?? tokenize;
  const process: (term: string) => string | string[] | null | undefined | false =
    processing.processTerm ?? normalizeTerm;
  const words = tokenizeQuery(query);
  const counted = words.map((w) => {
    const term = process(w);
    return { w, df: typeof term === 'string' ? (vocabulary.get(term) ?? 0) : 0 };
  });
  const rare = counted.filter((c) => c.df <= limit);
  const kept = rare.length >= 2 ? rare : counted;
  if (!processing.processTerm && kept.length > MAX_QUERY_TERMS) {
    const cutoff = [...kept].sort((a, b) => a.df - b.df)[MAX_QUERY_TERMS - 1]!.df;
    const few = kept.filter((c) => c.df <= cutoff).slice(0, MAX_QUERY_TERMS);
    return few.map((c) => c.w).join(' ');
  }
  return kept.length < words.length ? kept.map((c) => c.w).join(' ') : query;
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

/** Where a paragraph search runs: MiniSearch with the options above, the common terms left out. */
function runSearch(
  index: ParagraphIndex,
  query: string,
  processing: SearchOptions,
  limit: number,
): ParagraphHit[] {
  if (!query.trim()) return [];
  const vocabulary = companions.get(index)?.vocabulary;
  const results: SearchResult[] = index.search(
    vocabulary ? dropCommonTerms(index, query, processing, vocabulary) : query,
    {
      ...processing,
      boost: { text: 1, title: 0.3 },
      ...typoTolerance(vocabulary),
    },
  );
  return results.slice(0, limit).map((r) => ({ id: r.id as number, score: r.score, terms: r.terms }));
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
