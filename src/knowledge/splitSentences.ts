import type { Sentence } from './types.ts';

/** Words that end with a period yet rarely end a sentence. */
const ABBREVIATIONS = new Set(
  [
    'mr',
    'mrs',
    'ms',
    'dr',
    'prof',
    'sen',
    'rep',
    'gov',
    'gen',
    'col',
    'lt',
    'sgt',
    'capt',
    'cmdr',
    'adm',
    'maj',
    'cpl',
    'pvt',
    'st',
    'mt',
    'ft',
    'jr',
    'sr',
    'rev',
    'hon',
    'pres',
    'supt',
    'insp',
    'det',
    'amb',
    'inc',
    'corp',
    'ltd',
    'co',
    'bros',
    'dept',
    'univ',
    'assn',
    'vs',
    'etc',
    'approx',
    'est',
    'no',
    'nos',
    'vol',
    'fig',
    'p',
    'pp',
    'cf',
    'e.g',
    'i.e',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    'mon',
    'tue',
    'tues',
    'wed',
    'thu',
    'thur',
    'thurs',
    'fri',
    'sat',
    'sun',
    'a.m',
    'p.m',
    'ave',
    'blvd',
    'rd',
    'calif',
    'fla',
    'mass',
    'wash',
    'ariz',
    'colo',
    'conn',
    'ill',
    'kan',
  ].map((w) => w.toLowerCase()),
);

/** After a dotted acronym (`U.S.`), a new sentence usually starts with one of these. */
const SENTENCE_STARTERS = new Set(
  'the a an he she it they we i you this that these those there his her its their our but and so yet however meanwhile in on at after before when while if as for since'.split(
    ' ',
  ),
);

const OPENING = `"“‘'(\\[`;
const CLOSING = `"”’')\\]`;
/**
 * A candidate boundary: terminal punctuation, closing quotes/brackets, space, then a sentence
 * start. It starts only at the first mark of a run (the lookbehind), so a run of dots is scanned
 * once rather than once per dot: linear in the text.
 */
const BOUNDARY = new RegExp(
  `(?<![.!?…])([.!?…]+)([${CLOSING}]*)(\\s+)(?=[${OPENING}]*[\\p{Lu}\\p{N}])`,
  'gu',
);

/**
 * Longer than any abbreviation or dotted acronym: only this much text before a period, and after
 * it, is looked at, so each boundary costs the same however long the paragraph.
 */
const WORD_WINDOW = 32;

// Patterns with a bare `\p{…}` are module constants: tsx (esbuild) compiles such a literal to `new RegExp(…)`,
// which inside a function made a new pattern object at every call (same matches; none is global or sticky).
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const DOTTED_WORD = /^(?:\p{L}\.)+\p{L}$/u;
/** The word (letters and dots) that ends right before `index`, or undefined if longer than the window. */
function wordBefore(text: string, index: number): string | undefined {
  const windowStart = Math.max(0, index - WORD_WINDOW - 1);
  const match = /(?:^|[\s(“"‘'])([\p{L}.]+)$/u.exec(text.slice(windowStart, index));
  const word = match?.[1];
  // A word that fills the whole window may go on before it: not an abbreviation.
  if (!word || (windowStart > 0 && word.length > WORD_WINDOW)) return undefined;
  return word;
}

function isAbbreviationBefore(text: string, dotIndex: number, nextWord: string): boolean {
  const before = wordBefore(text, dotIndex);
  if (!before) return false;
  const word = before.toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // An initial: "N. Ireland", "John F. Kennedy".
  if (SINGLE_CAPITAL.test(before)) return true;
  // A dotted acronym such as "U.S." or "U.N.": only a common sentence opener after it ends the sentence.
  if (DOTTED_WORD.test(before)) return !SENTENCE_STARTERS.has(nextWord.toLowerCase());
  return false;
}

/**
 * Splits a paragraph into sentences, keeping quotations whole where they end a sentence and not
 * breaking at abbreviations or initials (`U.N.`, `Mr.`, `N. Ireland`, `Jan.`). Linear in the text.
 *
 * @example splitSentences('Mr. Kim left. “Go,” he said.') // ['Mr. Kim left.', '“Go,” he said.']
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const punct = match[1] ?? '';
    const dotIndex = match.index;
    const afterStart = dotIndex + match[0].length;
    // The boundary's lookahead saw a letter or digit within the opening marks: a short window holds it.
    const after = text.slice(afterStart, afterStart + WORD_WINDOW * 2);
    const nextWord = /^[^\p{L}\p{N}]*([\p{L}\p{N}]+)/u.exec(after)?.[1] ?? '';
    if (punct === '.' && isAbbreviationBefore(text, dotIndex, nextWord)) continue;
    const end = dotIndex + punct.length + (match[2]?.length ?? 0);
    pushSentence(sentences, text, start, end);
    start = end + (match[3]?.length ?? 0);
  }
  pushSentence(sentences, text, start, text.length);
  return sentences;
}

function pushSentence(sentences: Sentence[], text: string, start: number, end: number): void {
  const slice = text.slice(start, end);
  const lead = slice.length - slice.trimStart().length;
  const trimmed = slice.trim();
  if (trimmed) sentences.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
}
