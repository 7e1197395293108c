/**
 * Posting lists held compactly: every (term, field) list of an index is a slice of two shared typed
 * arrays (document short ids, ascending, and term frequencies). A MiniSearch index keeps a `Map`
 * per term and field instead: at 100k paragraphs those Maps were 210 MB of heap, these arrays are
 * 6 bytes a posting (about 30 MB).
 */
export interface PostingStore {
  readonly ids: Uint32Array;
  readonly freqs: Uint16Array;
}

const FROZEN = 'lede: a TopKIndex is built once (TopKIndex.build); rebuild it to change its documents';

/**
 * One term's postings in one field, read-only, with the part of `Map<shortId, termFrequency>` that
 * MiniSearch reads (`size`, `get`, `has`, `keys`, iteration): `MiniSearch#search` and `toJSON` work
 * on it unchanged. Lookups are binary searches over the sorted ids.
 */
export class PostingList implements ReadonlyMap<number, number> {
  constructor(
    readonly store: PostingStore,
    readonly start: number,
    readonly end: number,
  ) {}

  get size(): number {
    return this.end - this.start;
  }

  /** Position of `id` in the store, or -1. */
  indexOf(id: number, from = this.start): number {
    const ids = this.store.ids;
    let lo = from;
    let hi = this.end - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = ids[mid]!;
      if (v < id) lo = mid + 1;
      else if (v > id) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  /** Position of the first id ≥ `id` in the store (`end` when none). */
  lowerBound(id: number): number {
    const ids = this.store.ids;
    let lo = this.start;
    let hi = this.end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ids[mid]! < id) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  get(id: number): number | undefined {
    const i = this.indexOf(id);
    return i < 0 ? undefined : this.store.freqs[i];
  }

  has(id: number): boolean {
    return this.indexOf(id) >= 0;
  }

  *keys(): MapIterator<number> {
    for (let i = this.start; i < this.end; i++) yield this.store.ids[i]!;
  }

  *values(): MapIterator<number> {
    for (let i = this.start; i < this.end; i++) yield this.store.freqs[i]!;
  }

  *entries(): MapIterator<[number, number]> {
    for (let i = this.start; i < this.end; i++) yield [this.store.ids[i]!, this.store.freqs[i]!];
  }

  [Symbol.iterator](): MapIterator<[number, number]> {
    return this.entries();
  }

  forEach(callback: (value: number, key: number, map: ReadonlyMap<number, number>) => void): void {
    for (let i = this.start; i < this.end; i++) callback(this.store.freqs[i]!, this.store.ids[i]!, this);
  }

  set(): never {
    throw new Error(FROZEN);
  }

  delete(): never {
    throw new Error(FROZEN);
  }
}

/** A growable pair of typed arrays, to collect postings while building. */
export class PostingBuffer {
  terms = new Uint32Array(1 << 16);
  fields = new Uint8Array(1 << 16);
  docs = new Uint32Array(1 << 16);
  freqs = new Uint16Array(1 << 16);
  length = 0;

  /** Appends a posting with frequency 1 and returns its position (to count repeats in place). */
  push(term: number, field: number, doc: number): number {
    if (this.length === this.docs.length) this.grow();
    const i = this.length++;
    this.terms[i] = term;
    this.fields[i] = field;
    this.docs[i] = doc;
    this.freqs[i] = 1;
    return i;
  }

  private grow(): void {
    const size = this.docs.length * 2;
    const grow = <A extends Uint32Array | Uint16Array | Uint8Array>(a: A, make: (n: number) => A): A => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.terms = grow(this.terms, (n) => new Uint32Array(n));
    this.fields = grow(this.fields, (n) => new Uint8Array(n));
    this.docs = grow(this.docs, (n) => new Uint32Array(n));
    this.freqs = grow(this.freqs, (n) => new Uint16Array(n));
  }
}
