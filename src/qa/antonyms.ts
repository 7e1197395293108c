/**
 * Opposites from WordNet (src/qa/model/antonyms.json, built by scripts/train/buildAntonyms.ts):
 * the trick detector asks whether a question word the span's sentence lacks has its opposite
 * there ("What did the company _sell_?" over "… _bought_ …"). Words are compared by their search
 * term (stemmed), and a comparative or superlative by its base ("largest" → "large"). The table is
 * read once, on first use; it holds no state that changes answers.
 */
import { readFileSync } from 'node:fs';
import { normalizeTerm } from '../search/terms.ts';

const ANTONYMS_FILE = new URL('./model/antonyms.json', import.meta.url);

let table: Map<string, Set<string>> | undefined;

/** The search term of a word, or the word itself for a stop word ("more", "after"). */
const termOf = (word: string) => normalizeTerm(word) ?? word.toLowerCase();

function load(): Map<string, Set<string>> {
  if (!table) {
    const { pairs } = JSON.parse(readFileSync(ANTONYMS_FILE, 'utf8')) as { pairs: string[] };
    const map = new Map<string, Set<string>>();
    const add = (a: string, b: string) => map.set(a, (map.get(a) ?? new Set()).add(b));
    for (const pair of pairs) {
      const [a, b] = pair.split(' ').map(termOf);
      if (a && b && a !== b) {
        add(a, b);
        add(b, a);
      }
    }
    table = map;
  }
  return table;
}

/** A comparative or superlative ending (a module constant: a `\p{…}` literal is compiled to a new pattern per call). */
const COMPARATIVE = /^(\p{L}{2,}?)(est|er)$/u;
const DOUBLED_END = /(\p{L})\1$/u;

/** Whether `lower` may be a comparative or superlative (what `COMPARATIVE` can match), without the pattern. */
const mayCompare = (lower: string) => lower.endsWith('er') || lower.endsWith('est');

/** A word's possible bases: itself, and without a comparative or superlative ending. */
function bases(word: string): string[] {
  const lower = word.toLowerCase();
  const out = [lower];
  const m = mayCompare(lower) ? COMPARATIVE.exec(lower) : null;
  if (m) {
    const stem = m[1]!;
    out.push(stem, `${stem}e`);
    if (stem.endsWith('i')) out.push(`${stem.slice(0, -1)}y`);
    if (DOUBLED_END.test(stem)) out.push(stem.slice(0, -1));
  }
  return out;
}

/** The terms opposite to a word (empty when WordNet gives none). */
export function antonymTerms(word: string): Set<string> {
  const map = load();
  const found = new Set<string>();
  for (const base of bases(word)) for (const t of map.get(termOf(base)) ?? []) found.add(t);
  return found;
}

/** The terms a word may stand for: its own and its base's (for matching an opposite against it). */
export function wordTerms(word: string): string[] {
  return [...new Set(bases(word).map(termOf))];
}

/**
 * Adds `wordTerms(word)` to `into` without the arrays and the set a call makes: the trick detector
 * gathers them for every token of a sentence (most words have no comparative ending, one term).
 */
export function addWordTerms(word: string, into: Set<string>): void {
  const lower = word.toLowerCase();
  if (!mayCompare(lower)) into.add(termOf(lower));
  else for (const base of bases(lower)) into.add(termOf(base));
}

/** Whether one of `wordTerms(word)` is in `terms`, without the arrays. */
export function hasWordTerm(word: string, terms: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  if (!mayCompare(lower)) return terms.has(termOf(lower));
  return bases(lower).some((base) => terms.has(termOf(base)));
}
