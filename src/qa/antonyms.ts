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

/** A word's possible bases: itself, and without a comparative or superlative ending. */
function bases(word: string): string[] {
  const lower = word.toLowerCase();
  const out = [lower];
  const m = /^(\p{L}{2,}?)(est|er)$/u.exec(lower);
  if (m) {
    const stem = m[1]!;
    out.push(stem, `${stem}e`);
    if (stem.endsWith('i')) out.push(`${stem.slice(0, -1)}y`);
    if (/(\p{L})\1$/u.test(stem)) out.push(stem.slice(0, -1));
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
