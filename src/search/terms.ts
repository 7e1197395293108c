import { stemmer } from 'stemmer';
import { IRREGULAR_PAST } from './irregularVerbs.ts';
import { STOP_WORDS } from './stopWords.ts';

// Patterns with a bare `\p{…}` are module constants: tsx (esbuild) compiles such a literal to `new RegExp(…)`,
// which inside a function made a new pattern object at every call (same matches; MARKS, the one global
// pattern, is only used by `replace`, which always starts it from the beginning).
const HAS_CAPITAL = /\p{Lu}/u;
const MARKS = /\p{M}/gu;
/** Dotted acronyms (`U.N.`, `U.S.`) become one word (`UN`, `US`), so they are not lost as single letters. */
const DOTTED_ACRONYM = /\b((?:\p{Lu}\.){2,})(?!\p{L})/gu;
/** A word, a contraction or possessive, or a figure with its separators ("640,000", "2.4"). */
const WORD = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Splits text into words, keeping dotted acronyms whole and dropping possessive `'s`. */
export function tokenize(text: string): string[] {
  const joined = text.replace(DOTTED_ACRONYM, (m) => m.replace(/\./g, '') + ' ');
  // `match` with a global pattern gives the matched words and nothing else: `matchAll` made an
  // array and an iterator result per word (a tenth of what answering allocated at 100k).
  const words = joined.match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // Most words hold no apostrophe: nothing to replace (the two replaces were a fifth of tokenizing).
    if (word.includes("'") || word.includes('’')) words[i] = word.replace(/['’]s$/iu, '').replace(/’/gu, "'");
  }
  return words;
}

const isAcronym = (token: string) =>
  token.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(token) && HAS_CAPITAL.test(token);

/**
 * The searchable form of one word: lower case, accents folded, stemmed; `null` for a stop word.
 * An all-capitals acronym is kept even when it spells a stop word (`US`, `WHO`).
 */
export function normalizeTerm(token: string): string | null {
  const cached = normalized.get(token);
  if (cached !== undefined) return cached;
  // Stemming is the hot path of every query: remember each word's form (a bounded cache).
  if (normalized.size >= MAX_CACHED_TERMS) normalized.clear();
  const term = computeTerm(token);
  normalized.set(token, term);
  return term;
}

const MAX_CACHED_TERMS = 200_000;
const normalized = new Map<string, string | null>();

function computeTerm(token: string): string | null {
  const lower = token.normalize('NFKD').replace(MARKS, '').toLowerCase();
  if (!isAcronym(token) && (STOP_WORDS.has(lower) || (lower.length < 2 && !/\d/.test(lower)))) return null;
  const bare = lower.replace(/'/g, '').replace(/(?<=\d),(?=\d)/g, '');
  return /\d/.test(bare) ? bare : stemmer(IRREGULAR_PAST.get(bare) ?? bare);
}

/** The searchable terms of a text, in order (with repeats). */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    const term = normalizeTerm(token);
    if (term) terms.push(term);
  }
  return terms;
}
