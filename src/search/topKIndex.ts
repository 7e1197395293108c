// MiniSearch is pinned to 7.2.x in package.json: this class reads and fills its protected index
// fields (_index, _documentCount, _fieldLength, _avgFieldLength, …) and copies its scoring rules,
// which a minor version may change. test/search/topKIndex.test.ts checks both against the library.
import MiniSearch, { type AsPlainObject, type Options, type SearchOptions } from 'minisearch';
import { PostingBuffer, PostingList, type PostingStore } from './postings.ts';
import { SequentialIds } from './sequentialIds.ts';
import { scoreTopK, ScoreScratch, type Bm25, type QueryTermLists } from './topKScorer.ts';

/** What a top-k search takes: MiniSearch's search options that lede uses, plus a filter by id. */
export interface TopKSearchOptions<ID> {
  fields?: string[];
  boost?: Record<string, number>;
  prefix?: SearchOptions['prefix'];
  fuzzy?: SearchOptions['fuzzy'];
  maxFuzzy?: number;
  weights?: Partial<{ fuzzy: number; prefix: number }>;
  boostTerm?: SearchOptions['boostTerm'];
  bm25?: Bm25;
  tokenize?: (text: string) => string[];
  processTerm?: (term: string) => string | string[] | null | undefined | false;
  /** Only documents whose id this accepts are ranked (MiniSearch's `filter`, by id). */
  acceptId?: (id: ID) => boolean;
  /** Score every posting of every term, without MaxScore pruning (tests compare both). */
  exhaustive?: boolean;
}

export interface TopKHit<ID> {
  id: ID;
  /** MiniSearch's score: the BM25+ sum times the number of query terms matched. */
  score: number;
  /** Indexed terms that matched (after prefix and fuzzy expansion), as MiniSearch's `terms`. */
  terms: string[];
}

/** An index in a compact, serialisable form (see `TopKIndex.toCompact`). */
export interface CompactIndex {
  fieldIds: Record<string, number>;
  /** Each document's id by short id, or how many documents there are when each id is its short id. */
  documentIds: unknown[] | number;
  averageFieldLength: number[];
  /** Per field, every document's field length (unique tokens), by short id. */
  fieldLengths: Uint32Array[];
  /** Terms in insertion order; postings of term t in field f are `offsets[t × fields + f]` up to the next. */
  terms: string[];
  offsets: Uint32Array;
  ids: Uint32Array;
  freqs: Uint16Array;
}

const DEFAULT_WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
const MAX_FREQUENCY = 0xffff;

type FieldTermData = Map<number, PostingList>;

/** Told, after a build, how often one distinct token occurred in one field (see `TopKIndex.build`). */
export type TokenCounter = (field: string, token: string, occurrences: number) => void;

/** MiniSearch's `_fieldLength` (short id → lengths by field), as a view over one array per field. */
class FieldLengths {
  constructor(readonly perField: Uint32Array[]) {}
  get size(): number {
    return this.perField[0]?.length ?? 0;
  }
  get(shortId: number): number[] | undefined {
    return shortId < this.size ? this.perField.map((a) => a[shortId]!) : undefined;
  }
  *[Symbol.iterator](): Generator<[number, number[]]> {
    for (let i = 0; i < this.size; i++) yield [i, this.get(i)!];
  }
}

/**
 * A MiniSearch index (same tokenizer, same radix tree of terms, same fuzzy and prefix lookup, same
 * BM25+ scores, `MiniSearch#search` still works on it) that is built in one pass into compact
 * posting arrays and answers `searchTopK`: only the best k hits are scored to the end and
 * materialised, with MaxScore pruning over all query terms (see topKScorer.ts).
 * Built once: `add`, `remove` and `discard` throw.
 */
export class TopKIndex<T = unknown, ID = unknown> extends MiniSearch<T> {
  private lengths: Uint32Array[] = [];
  private scratch: ScoreScratch | undefined;
  private norms: { key: string; arrays: Float64Array[] } | undefined;

  /**
   * Indexes `documents` as `MiniSearch#addAll` would. `countTokens`, when given, is told after the
   * build how often each distinct token (as tokenized, before `processTerm`) occurred in each field,
   * in the order the tokens first occurred, so that callers can count what they need without
   * tokenizing the text again.
   */
  static build<T, I extends TopKIndex<T, unknown>>(
    this: new (options: Options<T>) => I,
    documents: readonly T[],
    options: Options<T>,
    countTokens?: TokenCounter,
  ): I {
    const index = new this(options);
    index.fill(documents, countTokens);
    return index;
  }

  /** Restores an index saved with `toCompact` (with the same options). */
  static fromCompact<T, I extends TopKIndex<T, unknown>>(
    this: new (options: Options<T>) => I,
    compact: CompactIndex,
    options: Options<T>,
  ): I {
    const index = new this(options);
    index.restore(compact);
    return index;
  }

  /** Converts MiniSearch's serialised form (`toJSON`, version 2) to a TopKIndex. */
  static fromPlainObject<T, I extends TopKIndex<T, unknown>>(
    this: new (options: Options<T>) => I,
    js: AsPlainObject,
    options: Options<T>,
  ): I {
    if (js.serializationVersion !== 2)
      throw new Error('lede: cannot convert a MiniSearch index of this version');
    const fieldCount = Object.keys(js.fieldIds).length;
    const shortIds = Object.keys(js.documentIds).map(Number);
    const buffer = new PostingBuffer();
    const terms = js.index.map(([term, data], t) => {
      for (const [field, postings] of Object.entries(data)) {
        for (const [doc, tf] of Object.entries(postings))
          buffer.freqs[buffer.push(t, Number(field), Number(doc))] = tf;
      }
      return term;
    });
    const { offsets, store } = groupPostings(buffer, terms.length, fieldCount);
    const index = new this(options);
    index.restore({
      fieldIds: js.fieldIds,
      documentIds: shortIds.map((s) => js.documentIds[s]),
      averageFieldLength: js.averageFieldLength,
      fieldLengths: Array.from({ length: fieldCount }, (_, f) =>
        Uint32Array.from(shortIds, (s) => js.fieldLength[s]?.[f] ?? 0),
      ),
      terms,
      offsets,
      ids: store.ids,
      freqs: store.freqs,
    });
    return index;
  }

  override add(_document: T): never {
    throw new Error('lede: a TopKIndex is built once (TopKIndex.build); rebuild it to add documents');
  }

  override remove(_document: T): never {
    throw new Error('lede: a TopKIndex is built once (TopKIndex.build); rebuild it to remove documents');
  }

  override discard(_id: unknown): never {
    throw new Error('lede: a TopKIndex is built once (TopKIndex.build); rebuild it to discard documents');
  }

  protected fill(documents: readonly T[], countTokens?: TokenCounter) {
    const { extractField, stringifyField, tokenize, processTerm, fields, idField, storeFields } =
      this._options;
    if (storeFields.length > 0) throw new Error('lede: TopKIndex does not store fields');
    const fieldCount = fields.length;
    const termIds = new Map<string, number>();
    const terms: string[] = [];
    // Each distinct token of a field gets a number once: its terms, and the (document, field) it was
    // last counted in (a field's length is its distinct tokens; a Set per field was 5 % of a build).
    const tokenNumbers = fields.map(() => new Map<string, number>());
    const tokenTerms: (number | number[])[] = [];
    let tokenSeen = new Int32Array(1024).fill(-1);
    // How often each token number occurred (only when asked: a counter per token, not a Map
    // update per occurrence, which was 5 % of a build at 100k paragraphs).
    let occurrences = new Int32Array(countTokens ? 1024 : 0);
    let lastKey = new Int32Array(1024).fill(-1);
    let slot = new Int32Array(1024);
    const buffer = new PostingBuffer();
    const idOf = (term: string): number => {
      let id = termIds.get(term);
      if (id === undefined) {
        id = terms.length;
        termIds.set(term, id);
        terms.push(term);
        if (id >= lastKey.length) {
          const k = new Int32Array(lastKey.length * 2).fill(-1);
          k.set(lastKey);
          lastKey = k;
          const s = new Int32Array(slot.length * 2);
          s.set(slot);
          slot = s;
        }
      }
      return id;
    };
    const numberOf = (token: string, field: string, numbers: Map<string, number>): number => {
      let n = numbers.get(token);
      if (n === undefined) {
        n = tokenTerms.length;
        const processed = processTerm(token, field);
        tokenTerms.push(Array.isArray(processed) ? processed.map(idOf) : processed ? idOf(processed) : -1);
        numbers.set(token, n);
        if (n >= tokenSeen.length) {
          const seen = new Int32Array(tokenSeen.length * 2).fill(-1);
          seen.set(tokenSeen);
          tokenSeen = seen;
          if (countTokens) {
            const counted = new Int32Array(seen.length);
            counted.set(occurrences);
            occurrences = counted;
          }
        }
      }
      return n;
    };
    const post = (term: number, key: number, fieldId: number, shortId: number) => {
      if (term < 0) return;
      if (lastKey[term] === key) {
        const at = slot[term]!;
        if (buffer.freqs[at]! < MAX_FREQUENCY) buffer.freqs[at]!++;
      } else {
        lastKey[term] = key;
        slot[term] = buffer.push(term, fieldId, shortId);
      }
    };
    this.lengths = fields.map(() => new Uint32Array(documents.length));
    const lastText: (string | undefined)[] = [];
    const lastTokens: string[][] = [];
    // While every id is its short id, no id maps are filled (see `SequentialIds`).
    let sequential = true;
    documents.forEach((document, shortId) => {
      const id = extractField(document, idField);
      if (id == null) throw new Error(`MiniSearch: document does not have ID field "${idField}"`);
      if (sequential && id !== shortId) {
        sequential = false;
        for (let earlier = 0; earlier < shortId; earlier++) {
          this._idToShortId.set(earlier, earlier);
          this._documentIds.set(earlier, earlier);
        }
      }
      if (!sequential) {
        if (this._idToShortId.has(id)) throw new Error(`MiniSearch: duplicate ID ${id}`);
        this._idToShortId.set(id, shortId);
        this._documentIds.set(shortId, id);
      }
      this._documentCount += 1;
      this._nextId += 1;
      fields.forEach((field, fieldId) => {
        const value = extractField(document, field);
        if (value == null) return;
        // A story's paragraphs come in a row with the same title: tokenized once.
        const text = stringifyField(value, field);
        const tokens = text === lastText[fieldId] ? lastTokens[fieldId]! : tokenize(text, field);
        lastText[fieldId] = text;
        lastTokens[fieldId] = tokens;
        const key = shortId * fieldCount + fieldId;
        const numbers = tokenNumbers[fieldId]!;
        let length = 0;
        for (const token of tokens) {
          const n = numberOf(token, field, numbers);
          if (countTokens) occurrences[n]!++;
          if (tokenSeen[n] !== key) {
            tokenSeen[n] = key;
            length++;
          }
          const cached = tokenTerms[n]!;
          if (typeof cached === 'number') post(cached, key, fieldId, shortId);
          else for (const term of cached) post(term, key, fieldId, shortId);
        }
        this.lengths[fieldId]![shortId] = length;
        const count = this._documentCount - 1;
        this._avgFieldLength[fieldId] = ((this._avgFieldLength[fieldId] || 0) * count + length) / (count + 1);
      });
    });
    if (sequential) this.useSequentialIds(documents.length);
    if (countTokens)
      fields.forEach((field, f) => {
        for (const [token, n] of tokenNumbers[f]!) countTokens(field, token, occurrences[n]!);
      });
    this.setPostings(terms, groupPostings(buffer, terms.length, fieldCount));
  }

  private setPostings(
    terms: readonly string[],
    { offsets, store }: { offsets: Uint32Array; store: PostingStore },
  ) {
    const fieldCount = this._options.fields.length;
    terms.forEach((term, t) => {
      const data: FieldTermData = new Map();
      for (let f = 0; f < fieldCount; f++) {
        const start = offsets[t * fieldCount + f]!;
        const end = offsets[t * fieldCount + f + 1]!;
        if (end > start) data.set(f, new PostingList(store, start, end));
      }
      this._index.set(term, data as unknown as Map<number, Map<number, number>>);
    });
    this._fieldLength = new FieldLengths(this.lengths) as unknown as Map<number, number[]>;
    this.postingStore = store;
    this.termOrder = terms;
    this.offsets = offsets;
  }

  private postingStore: PostingStore = { ids: new Uint32Array(0), freqs: new Uint16Array(0) };
  private termOrder: readonly string[] = [];
  private offsets: Uint32Array = new Uint32Array(1);

  protected restore(c: CompactIndex): void {
    this._fieldIds = c.fieldIds;
    const count = typeof c.documentIds === 'number' ? c.documentIds : c.documentIds.length;
    if (typeof c.documentIds === 'number') this.useSequentialIds(count);
    else
      c.documentIds.forEach((id, shortId) => {
        this._documentIds.set(shortId, id);
        this._idToShortId.set(id, shortId);
      });
    this._documentCount = count;
    this._nextId = count;
    this._avgFieldLength = c.averageFieldLength;
    this.lengths = c.fieldLengths;
    this.setPostings(c.terms, { offsets: c.offsets, store: { ids: c.ids, freqs: c.freqs } });
  }

  /** Each document's id is its short id: no id maps (see `SequentialIds`). */
  private useSequentialIds(count: number): void {
    const ids = new SequentialIds(count) as unknown as Map<never, never>;
    this._documentIds = ids;
    this._idToShortId = ids;
  }

  /** The index as a few arrays (for a snapshot); `fromCompact` restores it. */
  toCompact(): CompactIndex {
    return {
      fieldIds: this._fieldIds,
      documentIds: this.idsAreShortIds() ? this._documentCount : [...this._documentIds.values()],
      averageFieldLength: this._avgFieldLength,
      fieldLengths: this.lengths,
      terms: [...this.termOrder],
      offsets: this.offsets,
      ids: this.postingStore.ids,
      freqs: this.postingStore.freqs,
    };
  }

  /** In how many documents `term` occurs in `field` (0 when never). */
  documentFrequency(term: string, field: string): number {
    const data = this._index.get(term) as unknown as FieldTermData | undefined;
    return data?.get(this._fieldIds[field] ?? -1)?.size ?? 0;
  }

  /**
   * In how many documents with short ids in [from, to) `term` occurs in `field`: two binary searches
   * of its postings, where counting by tokenizing the documents' text again reads all of it.
   */
  documentsInRange(term: string, field: string, from: number, to: number): number {
    const list = (this._index.get(term) as unknown as FieldTermData | undefined)?.get(
      this._fieldIds[field] ?? -1,
    );
    return list && to > from ? list.lowerBound(to) - list.lowerBound(from) : 0;
  }

  /** Whether every document's id is its short id (0, 1, 2 … in order), as `build` numbers them from ids 0, 1, 2 …. */
  idsAreShortIds(): boolean {
    if (this._documentIds instanceof SequentialIds) return true;
    for (const [shortId, id] of this._documentIds) if (id !== shortId) return false;
    return true;
  }

  /** How often `term` occurs in `field` over all documents (the sum of its term frequencies). */
  totalFrequency(term: string, field: string): number {
    const list = (this._index.get(term) as unknown as FieldTermData | undefined)?.get(
      this._fieldIds[field] ?? -1,
    );
    let sum = 0;
    if (list) for (let i = list.start; i < list.end; i++) sum += list.store.freqs[i]!;
    return sum;
  }

  /** Every indexed term of `field`, with its document frequency. */
  *fieldTerms(field: string): MapIterator<[string, number]> {
    const f = this._fieldIds[field];
    const fields = this._options.fields.length;
    if (f === undefined) return;
    for (let t = 0; t < this.termOrder.length; t++) {
      const n = this.offsets[t * fields + f + 1]! - this.offsets[t * fields + f]!;
      if (n > 0) yield [this.termOrder[t]!, n];
    }
  }

  /** The best `k` documents for `query`, as `search(query, options).slice(0, k)` would rank them. */
  searchTopK(query: string, k: number, options: TopKSearchOptions<ID> = {}): TopKHit<ID>[] {
    const merged = {
      tokenize: this._options.tokenize,
      processTerm: this._options.processTerm,
      ...this._options.searchOptions,
      ...options,
    };
    const terms = merged
      .tokenize(query)
      .flatMap((t: string) => merged.processTerm(t))
      .filter((t: unknown): t is string => !!t);
    return this.searchTermsTopK(terms, k, options);
  }

  /** Like `searchTopK`, for terms already processed (tokenized and normalized). */
  searchTermsTopK(terms: readonly string[], k: number, options: TopKSearchOptions<ID> = {}): TopKHit<ID>[] {
    if (k <= 0 || terms.length === 0 || this._documentCount === 0) return [];
    const o = { ...this._options.searchOptions, ...options } as SearchOptions & TopKSearchOptions<ID>;
    const bm25 = o.bm25 as Bm25;
    const byTerm = this.queryLists(terms, o, bm25);
    this.scratch ??= new ScoreScratch(this._nextId);
    const { acceptId } = options;
    const { ids, scores } = scoreTopK([...byTerm.values()], this.scratch, {
      k,
      bm25,
      norms: this.normsFor(bm25),
      accept: acceptId ? (shortId) => acceptId(this._documentIds.get(shortId) as ID) : undefined,
      exhaustive: options.exhaustive,
    });
    return ids.map((shortId, i) => ({
      id: this._documentIds.get(shortId) as ID,
      score: scores[i]!,
      terms: matchedTerms(byTerm.values(), shortId),
    }));
  }

  /** Each distinct query term's posting lists (exact, prefix and fuzzy matches), as MiniSearch finds them. */
  private queryLists(
    terms: readonly string[],
    o: SearchOptions & TopKSearchOptions<ID>,
    bm25: Bm25,
  ): Map<string, QueryTermLists> {
    const fields = o.fields ?? this._options.fields;
    const boosts = fields.map((f) => [this._fieldIds[f]!, ownProperty(o.boost, f) || 1] as const);
    const weights = { ...DEFAULT_WEIGHTS, ...o.weights };
    const byTerm = new Map<string, QueryTermLists>();
    const n = this._documentCount;
    terms.forEach((term, i) => {
      const fuzzy = typeof o.fuzzy === 'function' ? o.fuzzy(term, i, terms as string[]) : o.fuzzy || false;
      const prefix =
        typeof o.prefix === 'function' ? o.prefix(term, i, terms as string[]) : o.prefix === true;
      const termBoost = typeof o.boostTerm === 'function' ? o.boostTerm(term, i, terms as string[]) : 1;
      let entry = byTerm.get(term);
      if (!entry) byTerm.set(term, (entry = { lists: [], bound: 0 }));
      const add = (derived: string, weight: number, data: unknown) => {
        if (!data) return;
        for (const [fieldId, boost] of boosts) {
          const list = (data as FieldTermData).get(fieldId);
          if (!list) continue;
          const df = list.size;
          const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
          const factor = weight * termBoost * boost * idf;
          entry.lists.push({ list, fieldId, factor, term: derived });
          entry.bound += factor * (bm25.d + bm25.k + 1);
        }
      };
      add(term, 1, this._index.get(term));
      const prefixMatches = prefix ? this._index.atPrefix(term) : undefined;
      let fuzzyMatches;
      if (fuzzy) {
        const f = fuzzy === true ? 0.2 : fuzzy;
        const maxDistance = f < 1 ? Math.min(o.maxFuzzy!, Math.round(term.length * f)) : f;
        if (maxDistance) fuzzyMatches = this._index.fuzzyGet(term, maxDistance);
      }
      if (prefixMatches) {
        for (const [derived, data] of prefixMatches) {
          const distance = derived.length - term.length;
          if (!distance) continue;
          fuzzyMatches?.delete(derived);
          add(derived, (weights.prefix * derived.length) / (derived.length + 0.3 * distance), data);
        }
      }
      if (fuzzyMatches) {
        for (const [derived, [data, distance]] of fuzzyMatches) {
          if (!distance) continue;
          add(derived, (weights.fuzzy * derived.length) / (derived.length + distance), data);
        }
      }
    });
    return byTerm;
  }

  /** `k × (1 − b + b × length / average)` per field and document, for the last BM25 parameters used. */
  private normsFor({ k, b }: Bm25): Float64Array[] {
    const key = `${k} ${b}`;
    if (this.norms?.key !== key) {
      const arrays = this.lengths.map((lengths, f) => {
        const avg = this._avgFieldLength[f]!;
        return Float64Array.from(lengths, (length) => k * (1 - b + (b * length) / avg));
      });
      this.norms = { key, arrays };
    }
    return this.norms.arrays;
  }
}

/** Postings grouped by (term, field), documents ascending: a counting sort of the build buffer. */
function groupPostings(
  buffer: PostingBuffer,
  termCount: number,
  fieldCount: number,
): { offsets: Uint32Array; store: PostingStore } {
  const offsets = new Uint32Array(termCount * fieldCount + 1);
  for (let i = 0; i < buffer.length; i++) offsets[buffer.terms[i]! * fieldCount + buffer.fields[i]! + 1]!++;
  for (let i = 1; i < offsets.length; i++) offsets[i]! += offsets[i - 1]!;
  const next = offsets.slice(0, -1);
  const ids = new Uint32Array(buffer.length);
  const freqs = new Uint16Array(buffer.length);
  for (let i = 0; i < buffer.length; i++) {
    const at = next[buffer.terms[i]! * fieldCount + buffer.fields[i]!]!++;
    ids[at] = buffer.docs[i]!;
    freqs[at] = buffer.freqs[i]!;
  }
  return { offsets, store: { ids, freqs } };
}

/** The indexed terms a document matched, in MiniSearch's order (the keys of its `match` object). */
function matchedTerms(byTerm: Iterable<QueryTermLists>, shortId: number): string[] {
  const match: Record<string, true> = Object.create(null) as Record<string, true>;
  for (const { lists } of byTerm) {
    for (const { list, term } of lists)
      if (!(term in match) && list.indexOf(shortId) >= 0) match[term] = true;
  }
  return Object.keys(match);
}

const ownProperty = (object: unknown, property: string): number | undefined =>
  object && Object.prototype.hasOwnProperty.call(object, property)
    ? (object as Record<string, number>)[property]
    : undefined;
