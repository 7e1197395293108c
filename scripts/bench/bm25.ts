/**
 * A minimal BM25 inverted index: a floor for what a plain, unstemmed, exact-term ranker costs.
 * Lower-cased words, no stop words, no stemming, no fuzzy matching; OR semantics.
 */
export interface Bm25Options {
  /** Term-frequency saturation (default 1.2). */
  k1?: number;
  /** Length normalisation (default 0.75). */
  b?: number;
}

export interface Bm25Hit {
  id: number;
  score: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
export const bm25Terms = (text: string): string[] => text.toLowerCase().match(WORD) ?? [];

interface Postings {
  docs: number[];
  freqs: number[];
}

export class Bm25Index {
  private readonly postings = new Map<string, Postings>();
  private readonly lengths: Uint32Array;
  private readonly avgLength: number;
  private readonly k1: number;
  private readonly b: number;
  /** Scratch accumulator, reused by every query (reset through `touched`). */
  private readonly scores: Float64Array;

  /** Indexes `texts`; a text's position is its id. */
  constructor(texts: readonly string[], { k1 = 1.2, b = 0.75 }: Bm25Options = {}) {
    this.k1 = k1;
    this.b = b;
    this.lengths = new Uint32Array(texts.length);
    this.scores = new Float64Array(texts.length);
    let total = 0;
    texts.forEach((text, id) => {
      const terms = bm25Terms(text);
      this.lengths[id] = terms.length;
      total += terms.length;
      const counts = new Map<string, number>();
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const [term, freq] of counts) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = { docs: [], freqs: [] }));
        list.docs.push(id);
        list.freqs.push(freq);
      }
    });
    this.avgLength = texts.length ? total / texts.length : 0;
  }

  get size(): number {
    return this.lengths.length;
  }

  /** The best `limit` documents for `query`, highest score first (ties: lower id first). */
  search(query: string, limit = 10): Bm25Hit[] {
    const n = this.lengths.length;
    const touched: number[] = [];
    for (const term of new Set(bm25Terms(query))) {
      const list = this.postings.get(term);
      if (!list) continue;
      const df = list.docs.length;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      for (let i = 0; i < df; i++) {
        const id = list.docs[i]!;
        const tf = list.freqs[i]!;
        const norm = this.k1 * (1 - this.b + (this.b * this.lengths[id]!) / this.avgLength);
        if (this.scores[id] === 0) touched.push(id);
        this.scores[id]! += (idf * tf * (this.k1 + 1)) / (tf + norm);
      }
    }
    const hits = touched.map((id) => ({ id, score: this.scores[id]! }));
    for (const id of touched) this.scores[id] = 0;
    return hits.sort((x, y) => y.score - x.score || x.id - y.id).slice(0, limit);
  }

  /** A plain-data copy of the index, for the snapshot figures. */
  toJSON(): object {
    return { lengths: [...this.lengths], avgLength: this.avgLength, postings: Object.fromEntries(this.postings) };
  }
}
