/**
 * Where a name in a short answer starts and ends: the descriptor before it left out ("the rock group
 * Tallow" → "Tallow"), the name the span cut short run on to its end and back to its start ("Book of
 * Discipline", "Harlan & Co.").
 */
import { isEnglishWord } from '../knowledge/englishWords.ts';
import { NON_NAME_WORDS, ROLE_WORDS } from '../knowledge/lexicon.ts';
import { STOP_WORDS } from '../search/stopWords.ts';
import { askedNouns, singular } from './askedNoun.ts';
import type { QuestionKind } from './types.ts';

/** A capitalised word of a name (or the "&" / "Co." of a firm's): "Von", "Miller", "O'Neill", "&". */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{N}'’.-]*|&)$/u;

/**
 * "the British rock group Coldplay" → "Coldplay", "Denver linebacker Mara Lind" → "Mara Lind": a
 * name that ends the span after a descriptor (a lower-case noun just before it) is what a
 * who-question asks, and what a "which group …?" question asks when the descriptor's head noun is the
 * noun asked. The descriptor stays when the question names the name (then the descriptor is what it
 * asks: "Who is Mara Lind?"), when it holds punctuation or "and" (a list, a clause: "Ole Berg and
 * his wife Ada"), and when the word before
 * the name is a function word or a name's particle ("Bank of England", "Ludwig van Beethoven").
 */
export function withoutDescriptor(question: string, kind: QuestionKind, answer: string): string {
  const words = answer.split(/\s+/u);
  let start = words.length;
  while (start > 0 && NAME_WORD.test(words[start - 1]!)) start--;
  // A name alone, or a title that is part of how the name is written ("Queen Mara", "Sir Ole Berg").
  if (start === 0 || start === words.length) return answer;
  const head = words[start - 1]!;
  const descriptor = words.slice(0, start);
  if (descriptor.some((w) => /[,;:()"“”]/u.test(w) || /^(?:and|or|with)$/iu.test(w))) return answer;
  const name = words.slice(start);
  if (!name.some((w) => /\p{Lu}/u.test(w)) || namesInQuestion(question, name)) return answer;
  if (!isHeadNoun(head)) return answer;
  if (kind === 'who') return name.join(' ');
  return askedNouns(question).includes(singular(head)) ? name.join(' ') : answer;
}

/** Lower-case words inside a name ("Ludwig van Beethoven", "Leonardo da Vinci"), no descriptor's head. */
const NAME_PARTICLES = new Set(
  'van von de da di du del della der den des la le ter ten bin ibn al el dos das do y zu'.split(' '),
);

/** A role, or a lower-case English word that is no function word nor a name's particle: a descriptor's head noun. */
const isHeadNoun = (word: string): boolean => {
  const lower = word.toLowerCase();
  if (ROLE_WORDS.has(lower)) return true;
  return (
    word === lower &&
    !NAME_PARTICLES.has(lower) &&
    lower.length >= 3 &&
    !STOP_WORDS.has(lower) &&
    !NON_NAME_WORDS.has(lower) &&
    isEnglishWord(lower)
  );
};

/** The question holds one of the name's words. */
const namesInQuestion = (question: string, name: readonly string[]): boolean => {
  const asked = new Set(question.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u));
  return name.some((w) => w !== '&' && asked.has(w.toLowerCase().replace(/[.’']+$/u, '')));
};

/** Kinds whose answer may be a name the span cut short. */
const NAME_KINDS: ReadonlySet<QuestionKind> = new Set(['who', 'what', 'search']);

/** The capitalised words (or "&", a particle, "of" before a capital) that follow the span in its sentence. */
const NAME_GOES_ON = /^(?:\s+(?:\p{Lu}[\p{L}\p{N}'’-]*\.?|&|of(?=\s+\p{Lu})|de|van|von))+/u;
/** Abbreviations that end a firm's or a person's name with their full stop ("Tiffany & Co.", "Lee Jr."). */
const NAME_ABBREVIATION = /^(?:Co|Corp|Inc|Ltd|Jr|Sr|St|Bros)\.$/u;

/**
 * "Lovely Lane Methodist" of "… the Lovely Lane Methodist Church in …" → "Lovely Lane Methodist
 * Church", "Caris" of "Caris & Co. said …" → "Caris & Co.": a who / what answer that ends on a
 * capitalised word the sentence's name goes on from is that whole name. The name stops before a
 * month, a weekday or another word that is never part of one ("… Smith Monday", "… Leith New …"),
 * and a possessive's "'s" or a sentence's full stop is no part of it.
 */
export function withWholeNameRun(kind: QuestionKind, answer: string, sentence: string | undefined): string {
  if (!sentence || !NAME_KINDS.has(kind) || !/\p{Lu}[\p{L}\p{N}'’-]*$/u.test(answer)) return answer;
  const at = sentence.indexOf(answer);
  const next = at < 0 ? null : NAME_GOES_ON.exec(sentence.slice(at + answer.length));
  if (!next) return answer;
  const words: string[] = [];
  for (const word of next[0].trim().split(/\s+/u)) {
    if (NON_NAME_WORDS.has(word.toLowerCase().replace(/\.$/u, ''))) break;
    words.push(word);
  }
  while (words.length && /^(?:of|&|de|van|von)$/u.test(words.at(-1)!)) words.pop();
  if (!words.length) return answer;
  const last = words.at(-1)!;
  words[words.length - 1] = NAME_ABBREVIATION.test(last) ? last : last.replace(/(?:['’]s)?\.?$/u, '');
  return `${answer} ${words.join(' ')}`;
}

/** The capitalised words (with an "of" between them) just before the span: "Book of ", "NBC ". */
const NAME_BEFORE = /(?:\p{Lu}[\p{L}\p{N}'’.-]*\s+(?:of\s+)?)+$/u;

/**
 * "Discipline" of "… the Book of Discipline …" → "Book of Discipline", "Blue Network" of "… the NBC
 * Blue Network …" → "NBC Blue Network": a what-answer that opens on a capitalised word the
 * sentence's name began before is that whole name. Not for a who-answer (the words before a person's
 * name are a title or a body: "NFL Commissioner Roger Goodell"), not over a role word, a month or a
 * word never part of a name, and not over the sentence's opening word when it is an English word.
 */
export function withNameStart(kind: QuestionKind, answer: string, sentence: string | undefined): string {
  if (!sentence || kind !== 'what' || !/^\p{Lu}/u.test(answer)) return answer;
  const at = sentence.indexOf(answer);
  const before = at > 0 ? NAME_BEFORE.exec(sentence.slice(0, at)) : null;
  if (!before) return answer;
  const words = before[0].trim().split(/\s+/u);
  const first = before.index === 0 && isEnglishWord(words[0]!) ? 1 : 0;
  let start = words.length;
  const stops = (w: string) => {
    const lower = w.toLowerCase();
    return ROLE_WORDS.has(lower) || (lower !== 'of' && NON_NAME_WORDS.has(lower));
  };
  while (start > first && !stops(words[start - 1]!)) start--;
  while (start < words.length && words[start] === 'of') start++;
  return start < words.length ? `${words.slice(start).join(' ')} ${answer}` : answer;
}
