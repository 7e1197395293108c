/**
 * The noun a "what NOUN …?" question asks for ("What kind of missions …?" → missions, "Which
 * group …?" → group): a span that names it around the answer says it twice.
 */
import { STOP_WORDS } from '../search/stopWords.ts';
import type { QuestionKind } from './types.ts';

/** The words after "what" / "which" that name the kind of thing asked ("which rock group", "what station"). */
const ASKED_NOUN = /\b(?:what|which)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/iu;

/** "groups" / "group": the word without a plural's -s, to match a head noun against the asked one. */
export const singular = (word: string): string => word.toLowerCase().replace(/(?<=[^s])s$/u, '');

/** The verbs that end the asked noun ("Which group did …", "What kind of missions are …"). */
const AUXILIARIES = new Set(
  'is was are were be been did does do has have had can could will would shall should may might must'.split(
    ' ',
  ),
);

/** The asked words of a "what / which NOUN" question, singular and lower case (none for "what did …"). */
export function askedNouns(question: string): string[] {
  const words = ASKED_NOUN.exec(question)?.[1]?.split(/\s+/u) ?? [];
  const verb = words.findIndex((w) => AUXILIARIES.has(w.toLowerCase()));
  return words
    .slice(0, verb < 0 ? words.length : verb)
    .map(singular)
    .filter((w) => !STOP_WORDS.has(w));
}

/** Kinds a "what NOUN" question is asked as (a figure's noun stays: "300 jobs", presentAnswer.ts). */
const ASKED_NOUN_KINDS: ReadonlySet<QuestionKind> = new Set(['what', 'search']);

/**
 * "What replica …?" → "the Golden Gate Bridge", not "a replica of the Golden Gate Bridge"; "What
 * character …?" → "Ola", not "the character of Ola": a span headed by the asked noun before "of"
 * and a name answers with the name. The asked noun that only ends a span stays ("peacekeeping
 * missions" for "What kind of missions …?"): SQuAD's answers keep it about as often as not (replayed
 * on squad-1.1-dev-13: 13 answers better, 15 worse), and it reads as an answer.
 */
export function withoutAskedNoun(question: string, kind: QuestionKind, answer: string): string {
  if (!ASKED_NOUN_KINDS.has(kind)) return answer;
  const ofName = /^(?:(?:[Tt]he|[Aa]n?)\s+)?(\p{Ll}[\p{L}-]*)\s+of\s+((?:the\s+)?\p{Lu}.*)$/u.exec(answer);
  return ofName && askedNouns(question).includes(singular(ofName[1]!)) ? ofName[2]! : answer;
}
