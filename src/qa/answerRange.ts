import { isEnglishWord } from '../knowledge/englishWords.ts';
import { NON_NAME_WORDS, ROLE_WORDS } from '../knowledge/lexicon.ts';
/**
 * A figure that ends a range reads as the whole range: "10 days" in "two to 10 days" is "two to
 * 10 days", since the lower bound is half of what the sentence says.
 */
const NUMBER = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)`;
const LOWER_BOUND = new RegExp(
  String.raw`(?<![\d:])\b${NUMBER}(?:\s*(?:%|percent))?\s*(?:to|-|–|—)\s*$`,
  'iu',
);

/** "about" before "20,000 people": a figure the sentence gives as near, or as a bound, reads so. */
const QUALIFIER =
  /(?<![\p{L}])(?:about|around|nearly|almost|roughly|approximately|some|more than|less than|fewer than|at least|at most|up to)\s+$/iu;

/** "one in" before "three children": the answer is the second half of a ratio ("one in three"). */
const RATIO_OF = new RegExp(String.raw`(?<![\p{L}\d])(?:${NUMBER}|a)\s+(?:in|out\s+of)\s+$`, 'iu');
/** A figure as digits or as a word ("3 …", "three …"). */
const FIGURE_START = new RegExp(String.raw`^\s*(?:(?:\$|€|£)?\d|(?:${NUMBER})\b)`, 'iu');

/** "14 of the" before "16 strains": the answer is the whole of which a part is counted. */
const PART_OF = new RegExp(String.raw`(?<![\d:.,])\b${NUMBER}\s+of\s+(?:the\s+|its\s+|their\s+)?$`, 'iu');

/**
 * The answer with the lower bound of its range, when the sentence gives the answer as the top of
 * one; with the part counted of it ("killed 14 of the 16 strains": "16 strains" alone says the
 * opposite of what happened to two of them); or with the word that makes it near or a bound
 * ("about 20,000 people", "at least 3": the bare figure claims more than the story); or with the
 * first half of a ratio ("one in three children": "three children" counts what the story never
 * counts).
 */
export function withRange(answer: string, sentence: string): string {
  // A year ends a span of years ("1187–1241"), and a question asks for one of them.
  if (!FIGURE_START.test(answer) || /^\d{4}\b/u.test(answer) || /^\d+:\d/u.test(answer)) return answer;
  const at = sentence.indexOf(answer);
  if (at < 0) return answer;
  const before = sentence.slice(Math.max(0, at - 30), at);
  const bound =
    LOWER_BOUND.exec(before) ?? RATIO_OF.exec(before) ?? PART_OF.exec(before) ?? QUALIFIER.exec(before);
  return bound && !/^\d{4}/u.test(bound[0]) ? `${bound[0]}${answer}` : answer;
}

/** One capitalised word: a surname the span may have cut from its first name. */
const ONE_NAME = /^\p{Lu}[\p{Ll}'’-]+$/u;
/** The capitalised words just before the span. */
const NAMES_BEFORE = /(?:\p{Lu}[\p{Ll}'’.-]*\s+)+$/u;

/**
 * "Lund" of "Prosecutor Hanne Lund said …" reads as "Hanne Lund": a person's answer keeps the
 * capitalised words of the name before it, but not a title or role ("Prosecutor", "Mayor"), a month
 * or a weekday, nor an English word that opens the sentence ("Yesterday Kohl …").
 */
export function withWholeName(answer: string, sentence: string): string {
  const owner = withOwnerOf(answer, sentence);
  if (owner !== answer || !ONE_NAME.test(answer)) return owner;
  const at = sentence.indexOf(answer);
  const before = at > 0 ? NAMES_BEFORE.exec(sentence.slice(0, at)) : null;
  if (!before) return answer;
  const words = before[0].trim().split(/\s+/u);
  // The sentence's opening word is capitalised anyway: a name only when it is no English word.
  const first = before.index === 0 && isEnglishWord(words[0]!) ? 1 : 0;
  let start = words.length;
  while (start > first && !isNotAName(words[start - 1]!)) start--;
  return start < words.length ? `${words.slice(start).join(' ')} ${answer}` : answer;
}

const isNotAName = (word: string): boolean => {
  const lower = word.toLowerCase();
  return ROLE_WORDS.has(lower) || NON_NAME_WORDS.has(lower);
};

/** A name of capitalised words only ("Norway", "New Leith"). */
const CAPITALISED = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*$/u;
/** The capitalised words, then "of", just before the span ("Ilse Marr of "). */
const NAMES_OF_BEFORE = /(?:\p{Lu}[\p{Ll}'’.-]*\s+)+of\s+$/u;

/**
 * "Norway" of "Ilse Marr of Norway won …" reads as "Ilse Marr of Norway": a person's answer that
 * is the place or body after "NAME of" is what the name is of, not who; the whole phrase names
 * them ("University of Leith" for "Leith" too). Roles and a sentence-opening English word stay out
 * as in withWholeName.
 */
function withOwnerOf(answer: string, sentence: string): string {
  if (!CAPITALISED.test(answer)) return answer;
  const at = sentence.indexOf(answer);
  const before = at > 0 ? NAMES_OF_BEFORE.exec(sentence.slice(0, at)) : null;
  if (!before) return answer;
  const words = before[0].trim().split(/\s+/u).slice(0, -1);
  const first = before.index === 0 && isEnglishWord(words[0]!) ? 1 : 0;
  let start = words.length;
  while (start > first && !NON_NAME_WORDS.has(words[start - 1]!.toLowerCase())) start--;
  return start < words.length ? `${words.slice(start).join(' ')} of ${answer}` : answer;
}
