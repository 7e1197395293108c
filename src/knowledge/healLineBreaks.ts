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

const trailingWord = /(\p{L}+)$/u;
const leadingWord = /^(\p{Ll}+)/u;

/**
 * Joins the lines of one paragraph into one line of text, healing words a scraper broke in two.
 *
 * A line that ends in letters followed by a line that starts with lower-case letters is either a
 * word broken across lines (`des` + `cribed`) or a line wrapped at a space (`the quick` +
 * `brown`): see `isBrokenWord`. Otherwise the lines join with a space.
 *
 * @example healLineBreaks('She des\ncribed it') // 'She described it'
 */
export function healLineBreaks(paragraph: string, options: HealOptions = {}): string {
  let text = '';
  for (const raw of paragraph.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    if (text === '') {
      text = line;
      continue;
    }
    const left = /\s$/u.test(raw) ? undefined : trailingWord.exec(text)?.[1];
    const right = leadingWord.exec(line)?.[1];
    const broken = left && right && isBrokenWord(left, right, options);
    text += broken ? line : ' ' + line;
  }
  return text.replace(/[ \t\u00a0]{2,}/gu, ' ');
}
