import { isEnglishWord } from './englishWords.ts';

export interface HealOptions {
  /** Tells a real word from a fragment. Defaults to an English word list. */
  isWord?: (word: string) => boolean;
}

const trailingWord = /(\p{L}+)$/u;
const leadingWord = /^(\p{Ll}+)/u;

/**
 * Joins the lines of one paragraph into one line of text, healing words a scraper broke in two.
 *
 * A line that ends in letters followed by a line that starts with lower-case letters is either a
 * word broken across lines (`des` + `cribed`) or a line wrapped at a space (`the quick` +
 * `brown`). It is a broken word when the two halves make a word and are not both words on
 * their own; otherwise the lines join with a space.
 *
 * @example healLineBreaks('Yoon des\ncribed it') // 'Yoon described it'
 */
export function healLineBreaks(paragraph: string, options: HealOptions = {}): string {
  const isWord = options.isWord ?? isEnglishWord;
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
    const broken = left && right && isWord(left + right) && !(isWord(left) && isWord(right));
    text += broken ? line : ' ' + line;
  }
  return text.replace(/[ \t\u00a0]{2,}/gu, ' ');
}
