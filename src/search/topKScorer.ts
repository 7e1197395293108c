import type { PostingList } from './postings.ts';

/**
 * The scoring half of `TopKIndex`: MiniSearch's BM25+ sum over query terms, times the number of
 * query terms a document matches (MiniSearch's "quality"), accumulated in typed arrays by short id,
 * with MaxScore pruning. Only the best `k` documents are returned, each with its exact score.
 *
 * MaxScore, term at a time: query terms are taken from the highest score bound (rare words) down.
 * Before each term, if a document that matches none of the terms taken so far could not beat the
 * k-th best score already certain, no new document is admitted: the remaining (common) terms only
 * complete the scores of the documents that can still make the top k, by lookup in their postings.
 * That check is made only while the remaining terms' postings outnumber the documents admitted by
 * COMPLETE_RATIO: below it, scoring every remaining posting is cheaper than ranking the admitted
 * documents and completing them one by one.
 */

/** One posting list of a query term, with its per-list constant `weight × boosts × idf`. */
export interface ScoredList {
  readonly list: PostingList;
  readonly fieldId: number;
  readonly factor: number;
  /** The indexed term this list belongs to (the query term itself, a prefix or a fuzzy match). */
  readonly term: string;
}

/** Every posting list of one distinct query term; `bound` is the most it can add to a score. */
export interface QueryTermLists {
  readonly lists: ScoredList[];
  bound: number;
}

export interface Bm25 {
  k: number;
  b: number;
  d: number;
}

const REJECTED = 0xffff;
/** Bounds are compared with this much slack, so that rounding in a sum never drops a tied document. */
const SLACK = 1 - 1e-9;
/**
 * Pruning is tried only when the remaining terms hold more than this many postings per document
 * already admitted. Checked at every term (the k-th best of up to ~20,000 admitted documents, then
 * a lookup per document and term), the rule engine's 300 bench searches at 300k took 4.36 ms each
 * (median of 9 replays; p99 37.4 ms, worst 51 ms); with this rule 1.72 ms (p99 5.1 ms, worst 9.1 ms),
 * against 1.84 ms (p99 7.0 ms) never pruning at all, same results (2026-12-02, load ~15).
 */
const COMPLETE_RATIO = 4;

/** Per-index scratch arrays, reused by every query (searches are synchronous). */
export class ScoreScratch {
  readonly acc: Float64Array;
  readonly quality: Uint16Array;
  readonly stamp: Uint32Array;
  readonly lastTerm: Uint32Array;
  readonly candidate: Uint32Array;
  readonly touched: Uint32Array;
  private epoch = 0;
  private termSerial = 0;

  constructor(readonly size: number) {
    this.acc = new Float64Array(size);
    this.quality = new Uint16Array(size);
    this.stamp = new Uint32Array(size);
    this.lastTerm = new Uint32Array(size);
    this.candidate = new Uint32Array(size);
    this.touched = new Uint32Array(size);
  }

  nextEpoch(): number {
    if (this.epoch >= 0xfffffff0) {
      this.stamp.fill(0);
      this.candidate.fill(0);
      this.epoch = 0;
    }
    return ++this.epoch;
  }

  nextTerm(): number {
    if (this.termSerial >= 0xfffffff0) {
      this.lastTerm.fill(0);
      this.termSerial = 0;
    }
    return ++this.termSerial;
  }
}

export interface ScoreOptions {
  k: number;
  bm25: Bm25;
  /** `k1 × (1 − b + b × length / average)` of every document, by field id. */
  norms: readonly Float64Array[];
  /** Only documents this accepts (by short id) are ranked. */
  accept?: (shortId: number) => boolean;
  /** Score every posting: no pruning (to check that pruning changes nothing). */
  exhaustive?: boolean;
}

/** The best `k` documents (short ids and scores), best first; ties go to the lower short id. */
export function scoreTopK(
  terms: readonly QueryTermLists[],
  scratch: ScoreScratch,
  { k, bm25, norms, accept, exhaustive = false }: ScoreOptions,
): { ids: number[]; scores: number[] } {
  const order = terms.filter((t) => t.lists.length > 0).sort((a, b) => b.bound - a.bound);
  const after = new Float64Array(order.length + 1);
  for (let i = order.length - 1; i >= 0; i--) after[i] = after[i + 1]! + order[i]!.bound;
  const postingsAfter = new Float64Array(order.length + 1);
  for (let i = order.length - 1; i >= 0; i--)
    postingsAfter[i] = postingsAfter[i + 1]! + postingsOf(order[i]!);
  const epoch = scratch.nextEpoch();
  const { acc, quality, stamp, lastTerm, touched } = scratch;
  let count = 0;
  let i = 0;
  for (; i < order.length; i++) {
    if (!exhaustive && count >= k && postingsAfter[i]! > COMPLETE_RATIO * count) {
      const newcomerBound = after[i]! * (order.length - i);
      if (newcomerBound < kthBest(touched, count, scratch, k) * SLACK) break;
    }
    const serial = scratch.nextTerm();
    for (const { list, fieldId, factor } of order[i]!.lists) {
      const { ids, freqs } = list.store;
      const norm = norms[fieldId]!;
      for (let p = list.start; p < list.end; p++) {
        const doc = ids[p]!;
        if (stamp[doc] !== epoch) {
          stamp[doc] = epoch;
          if (accept && !accept(doc)) {
            quality[doc] = REJECTED;
            continue;
          }
          acc[doc] = 0;
          quality[doc] = 0;
          touched[count++] = doc;
        } else if (quality[doc] === REJECTED) continue;
        const tf = freqs[p]!;
        acc[doc]! += factor * (bm25.d + (tf * (bm25.k + 1)) / (tf + norm[doc]!));
        if (lastTerm[doc] !== serial) {
          lastTerm[doc] = serial;
          quality[doc]!++;
        }
      }
    }
  }
  let pool = touched.subarray(0, count);
  if (i < order.length)
    pool = completeScores(order.slice(i), after[i]!, pool, scratch, epoch, k, bm25, norms);
  return best(pool, scratch, k);
}

/** How many postings a query term's lists hold. */
function postingsOf(term: QueryTermLists): number {
  let n = 0;
  for (const { list } of term.lists) n += list.size;
  return n;
}

/** The k-th largest score certain so far (a lower bound of the final k-th best), or 0. */
function kthBest(docs: Uint32Array, count: number, scratch: ScoreScratch, k: number): number {
  if (count < k) return 0;
  const heap = new Float64Array(k);
  let size = 0;
  for (let j = 0; j < count; j++) {
    const doc = docs[j]!;
    const s = scratch.acc[doc]! * scratch.quality[doc]!;
    if (size < k) {
      heap[size++] = s;
      if (size === k) heapify(heap);
    } else if (s > heap[0]!) {
      heap[0] = s;
      siftDown(heap, 0, k);
    }
  }
  return heap[0]!;
}

function heapify(heap: Float64Array): void {
  for (let j = (heap.length >> 1) - 1; j >= 0; j--) siftDown(heap, j, heap.length);
}

function siftDown(heap: Float64Array, at: number, size: number): void {
  let j = at;
  for (;;) {
    const l = 2 * j + 1;
    const r = l + 1;
    let m = j;
    if (l < size && heap[l]! < heap[m]!) m = l;
    if (r < size && heap[r]! < heap[m]!) m = r;
    if (m === j) return;
    const t = heap[j]!;
    heap[j] = heap[m]!;
    heap[m] = t;
    j = m;
  }
}

/**
 * Adds the remaining (low-bound) query terms to the documents that can still reach the top k,
 * dropping the others as the bound of what remains shrinks.
 */
function completeScores(
  rest: readonly QueryTermLists[],
  restBound: number,
  pool: Uint32Array,
  scratch: ScoreScratch,
  epoch: number,
  k: number,
  bm25: Bm25,
  norms: readonly Float64Array[],
): Uint32Array {
  const { acc, quality, lastTerm, candidate } = scratch;
  let bound = restBound;
  let candidates = prune(pool, scratch, k, bound, rest.length).sort();
  for (let t = 0; t < rest.length; t++) {
    for (const doc of candidates) candidate[doc] = epoch;
    const serial = scratch.nextTerm();
    for (const { list, fieldId, factor } of rest[t]!.lists) {
      const { ids, freqs } = list.store;
      const norm = norms[fieldId]!;
      const add = (doc: number, p: number) => {
        const tf = freqs[p]!;
        acc[doc]! += factor * (bm25.d + (tf * (bm25.k + 1)) / (tf + norm[doc]!));
        if (lastTerm[doc] !== serial) {
          lastTerm[doc] = serial;
          quality[doc]!++;
        }
      };
      if (list.size <= candidates.length * 8) {
        for (let p = list.start; p < list.end; p++) if (candidate[ids[p]!] === epoch) add(ids[p]!, p);
      } else {
        let from = list.start;
        for (const doc of candidates) {
          from = lowerBound(ids, from, list.end, doc);
          if (from === list.end) break;
          if (ids[from] === doc) add(doc, from);
        }
      }
    }
    for (const doc of candidates) candidate[doc] = 0;
    if (t === rest.length - 1) break;
    bound = Math.max(0, bound - rest[t]!.bound);
    candidates = prune(candidates, scratch, k, bound, rest.length - t - 1);
  }
  return candidates;
}

/** The documents whose best possible final score still reaches the k-th best certain score. */
function prune(
  docs: Uint32Array,
  scratch: ScoreScratch,
  k: number,
  restBound: number,
  restTerms: number,
): Uint32Array {
  if (docs.length <= k) return docs;
  const floor = kthBest(docs, docs.length, scratch, k);
  const { acc, quality } = scratch;
  // A loop, not `docs.filter` with a closure: that was most of a pruned search's time at 300k.
  const kept = new Uint32Array(docs.length);
  const bar = floor * SLACK;
  let n = 0;
  for (let j = 0; j < docs.length; j++) {
    const doc = docs[j]!;
    if ((acc[doc]! + restBound) * (quality[doc]! + restTerms) >= bar) kept[n++] = doc;
  }
  return kept.subarray(0, n);
}

function lowerBound(ids: Uint32Array, from: number, end: number, value: number): number {
  // Gallop first: the next candidate is usually near.
  let step = 1;
  let lo = from;
  let hi = from;
  while (hi < end && ids[hi]! < value) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  if (hi > end) hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The best `k` of `docs` by final score (sum × quality), best first. */
function best(docs: Uint32Array, scratch: ScoreScratch, k: number): { ids: number[]; scores: number[] } {
  const { acc, quality } = scratch;
  const top: { doc: number; score: number }[] = [];
  let floor = -Infinity;
  for (const doc of docs) {
    const score = acc[doc]! * quality[doc]!;
    if (top.length >= k && score < floor) continue;
    top.push({ doc, score });
    if (top.length >= 2 * k + 16) {
      top.sort(byScore);
      top.length = k;
      floor = top[k - 1]!.score;
    }
  }
  top.sort(byScore);
  if (top.length > k) top.length = k;
  return { ids: top.map((t) => t.doc), scores: top.map((t) => t.score) };
}

const byScore = (a: { doc: number; score: number }, b: { doc: number; score: number }) =>
  b.score - a.score || a.doc - b.doc;
