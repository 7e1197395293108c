import { stemmer } from 'stemmer';
import { IE_VERB_FORMS, IRREGULAR_PAST } from './irregularVerbs.ts';
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
/**
 * `WORD` for text in ASCII alone (most of any English collection), where `\p{N}` is `[0-9]` and
 * `\p{L}` is `[A-Za-z]`: the same matches, about twice as fast as the Unicode classes.
 */
const ASCII_WORD = /[0-9]+(?:[.,][0-9]+)*|[A-Za-z0-9]+(?:'[A-Za-z]+)?/g;
const NOT_ASCII = /[\u0080-\uffff]/;
/**
 * `DOTTED_ACRONYM` for text in ASCII alone: `\p{Lu}` is `[A-Z]` and `\p{L}` `[A-Za-z]` there, and
 * `\b` is the same (the Unicode pattern has no `i` flag).
 */
const ASCII_DOTTED_ACRONYM = /\b((?:[A-Z]\.){2,})(?![A-Za-z])/g;

/** Splits text into words, keeping dotted acronyms whole and dropping possessive `'s`. */
export function tokenize(text: string): string[] {
  // `match` of a global pattern gives the words alone: `matchAll` made an array (and an iterator
  // result) a word, and a build tokenizes every paragraph.
  // Joining acronyms keeps text in ASCII alone (it drops dots and adds spaces): one test says which
  // patterns both steps use.
  const ascii = !NOT_ASCII.test(text);
  const joined = ascii ? text.replace(ASCII_DOTTED_ACRONYM, joinAcronym) : withAcronymsJoined(text);
  const words = joined.match(ascii ? ASCII_WORD : WORD) ?? [];
  // Text without an apostrophe has no word to strip one from (most paragraphs).
  if (joined.includes("'") || joined.includes('’'))
    for (let i = 0; i < words.length; i++) words[i] = bareWord(words[i]!);
  return words;
}

/** The first word of `text`, as `tokenize(text)[0]` gives it, without splitting the rest. */
export function firstToken(text: string): string | undefined {
  const word = FIRST_WORD.exec(withAcronymsJoined(text))?.[0];
  return word === undefined ? undefined : bareWord(word);
}

/** `WORD`, not global: one match from the start. */
const FIRST_WORD = new RegExp(WORD.source, 'u');

const joinAcronym = (m: string) => m.replace(/\./g, '') + ' ';
const withAcronymsJoined = (text: string) => text.replace(DOTTED_ACRONYM, joinAcronym);

/** A word without its possessive `'s`, curly apostrophes straight. */
function bareWord(word: string): string {
  // Most words hold no apostrophe: nothing to replace (the two replaces were a fifth of tokenizing).
  const apostrophe = word.includes("'") || word.includes('’');
  return apostrophe ? word.replace(/['’]s$/iu, '').replace(/’/gu, "'") : word;
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
  return /\d/.test(bare) ? bare : stemmer(IRREGULAR_PAST.get(bare) ?? IE_VERB_FORMS.get(bare) ?? bare);
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
