import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: Set<string> | undefined;

/**
 * Whether `word` is an English word (SCOWL list from the `word-list` package, 274k forms).
 * Loaded on first use only: a well-formed story never needs it, so start-up does not pay for it.
 */
export function isEnglishWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words.has(word.toLowerCase());
}
