import { isEnglishWord, wordFrequency } from './englishWords.ts';

export interface HealOptions {
  /** Tells a real word from a fragment. Defaults to an English word list. */
  isWord?: (word: string) => boolean;
  /** How common a word is (any scale). Defaults to spoken-English counts. */
  frequency?: (word: string) => number;
}

/**
 * Whether `left` + `right` is one word broken in two. It must make a word; when both halves are
 * words too ("inter" + "national", "in" + "to"), the joined word must not be much rarer than the
 * rarer half: "international" is far more common than "inter", "into" far rarer than "in" and "to".
 */
export function isBrokenWord(left: string, right: string, options: HealOptions = {}): boolean {
  const isWord = options.isWord ?? isEnglishWord;
  const frequency = options.frequency ?? wordFrequency;
  const joined = left + right;
  if (!isWord(joined)) return false;
  if (!isWord(left) || !isWord(right)) return true;
  return frequency(joined) * 10 >= Math.min(frequency(left), frequency(right));
}

/** Longer than any English word: a longer run of letters is never half of a broken word. */
const LONGEST_WORD = 45;
const LETTER = /\p{L}/u;
const leadingWord = /^(\p{Ll}+)/u;

/**
 * The letters that end `line` (at most LONGEST_WORD + 1 of them), read backwards: a `$`-anchored
 * regex would try every position of the line, which is quadratic on a long line of letters.
 */
function trailingLetters(line: string): string {
  let start = line.length;
  while (start > 0 && line.length - start <= LONGEST_WORD) {
    // A letter outside the BMP is a surrogate pair: step over both halves.
    const width = start >= 2 && /[\uDC00-\uDFFF]/.test(line[start - 1]!) ? 2 : 1;
    if (!LETTER.test(line.slice(start - width, start))) break;
    start -= width;
  }
  return line.slice(start);
}

/**
 * Joins the lines of one paragraph into one line of text, healing words a scraper broke in two.
 *
 * A line that ends in letters followed by a line that starts with lower-case letters is either a
 * word broken across lines (`des` + `cribed`) or a line wrapped at a space (`the quick` +
 * `brown`): see `isBrokenWord`. Otherwise the lines join with a space. Linear in the paragraph:
 * each line is looked at once, and only the word at each end of it.
 *
 * @example healLineBreaks('She des\ncribed it') // 'She described it'
 */
export function healLineBreaks(paragraph: string, options: HealOptions = {}): string {
  const parts: string[] = [];
  /** The letters that end the text so far (across a healed join: "des" + "cribed"). */
  let tail = '';
  for (const raw of paragraph.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    const lineTail = trailingLetters(line);
    if (parts.length === 0) {
      parts.push(line);
      tail = lineTail;
      continue;
    }
    const endsInSpace = /\s/u.test(raw.at(-1) ?? '');
    const left = endsInSpace || tail.length > LONGEST_WORD ? undefined : tail;
    const right = left && leadingWord.exec(line.slice(0, LONGEST_WORD + 1))?.[1];
    const broken = left && right && right.length <= LONGEST_WORD && isBrokenWord(left, right, options);
    if (!broken) parts.push(' ');
    parts.push(line);
    tail = broken && lineTail.length === line.length ? tail + lineTail : lineTail;
  }
  return parts.join('').replace(/[ \t\u00a0]{2,}/gu, ' ');
}
