/**
 * Follow-up questions: "what else did he say?", "when?", "and Austria?", "who is she?" are read
 * against what the previous answer was about. Pure: a context and a question in, the question to
 * answer and what was assumed out. Who keeps the context (and for how long) is the front end's
 * business (see ConversationMemory).
 */
import type { Gender } from '../knowledge/people.ts';
import { isPlaceName } from '../knowledge/places.ts';

/** A person the last answer named, with the gender the story gives them (if any). */
export interface ContextPerson {
  name: string;
  gender?: Gender;
}

/** What the last answer was about. */
export interface ConversationContext {
  /** The story the answer (or summary) came from. */
  storyId?: string;
  /** People named in the question, the cited sentence and the answer, the most salient last. */
  people: ContextPerson[];
  /** The question that was answered, after resolution ("When did Reyes …?", not "when?"). */
  question: string;
  /** The answer given, when it was a person (for "when?" after a who-question). */
  answerPerson?: string;
  /** Quotations already shown (their text), so "what else did X say?" shows another. */
  quotesShown: string[];
}

/** How the question relates to the previous one. */
export type FollowUpKind = 'new-topic' | 'pronoun' | 'elliptical' | 'what-else';

export interface Resolution {
  /** The question to answer. */
  question: string;
  kind: FollowUpKind;
  /** What was assumed, for the user: `he = Tomas Reyes`, `“when?” = “When did …?”`. */
  explanation?: string;
  /** For "what else did X say?": who (resolved), to list another of their quotations. */
  speaker?: string;
}

/** The pronouns a follow-up may use for a person, and how each is replaced. */
const PRONOUNS: Record<string, { gender: Gender; form: 'subject' | 'object' | 'possessive' | 'her' }> = {
  he: { gender: 'm', form: 'subject' },
  him: { gender: 'm', form: 'object' },
  his: { gender: 'm', form: 'possessive' },
  himself: { gender: 'm', form: 'object' },
  she: { gender: 'f', form: 'subject' },
  her: { gender: 'f', form: 'her' },
  hers: { gender: 'f', form: 'possessive' },
  herself: { gender: 'f', form: 'object' },
};
const PRONOUN = /\b(he|him|his|himself|she|her|hers|herself)\b/giu;
/** After "her", these words show it is an object ("ask her about"), not a possessive ("her plan"). */
const AFTER_OBJECT_HER = new Set(
  'about to for from in on at with by as and or but than that when if said say says do does did is was'.split(
    ' ',
  ),
);

/** A question that is only a question word: it asks the previous question again, differently. */
const ELLIPTICAL =
  /^(?:and |but |so |ok(?:ay)?,? )?(when|where|why|how|how many|how much|who)(?: (?:was|is|did) (?:that|it|this)(?: happen)?)?(?: exactly)?[?!.]*$/iu;
/** "and Austria?", "what about Austria?", "how about the union?": the same question of something else. */
const AND_X = /^(?:and|what about|how about|and what about|same for|and for)\s+(.{1,60}?)[?!.]*$/iu;
/** "what else did Reyes say?", "anything else from Reyes?", "did he say anything else?" */
const WHAT_ELSE = [
  /^what else did (.+?) (?:say|tell|add|stress|warn|claim|argue|write)\b.*$/iu,
  /^did (.+?) say anything else\b.*$/iu,
  /^(?:anything|what) else (?:from|by) (.+?)[?!.]*$/iu,
  /^what other (?:things? |quotes? )?did (.+?) say\b.*$/iu,
];
const WH_WORD = /^(?:who|whom|what|which|when|where|why|how(?: many| much| long| often)?)\b\s*/iu;

/** The last person of `gender` the context holds; else the last of unknown gender. */
export function personFor(context: ConversationContext, gender: Gender): ContextPerson | undefined {
  const people = [...context.people].reverse();
  return people.find((p) => p.gender === gender) ?? people.find((p) => p.gender === undefined);
}

/** `question` with he/she/his/her… replaced by the people they stand for; what each was taken to mean. */
export function replacePronouns(
  context: ConversationContext,
  question: string,
  named: readonly ContextPerson[] = [],
): { text: string; meanings: string[] } {
  const meanings = new Map<string, string>();
  const text = question.replace(PRONOUN, (word: string, _p: string, offset: number) => {
    const pronoun = PRONOUNS[word.toLowerCase()]!;
    // "What did Marsh say about her plan?": "her" is the person the question names, not the last one.
    if (named.some((p) => p.gender === pronoun.gender || p.gender === undefined)) return word;
    const person = personFor(context, pronoun.gender);
    if (!person) return word;
    meanings.set(word.toLowerCase(), person.name);
    const next = /^\s*([\p{L}]+)/u.exec(question.slice(offset + word.length))?.[1]?.toLowerCase();
    const possessive =
      pronoun.form === 'possessive' ||
      (pronoun.form === 'her' && next !== undefined && !AFTER_OBJECT_HER.has(next));
    return possessive ? `${person.name}’s` : person.name;
  });
  return { text, meanings: [...meanings].map(([pronoun, name]) => `${pronoun} = ${name}`) };
}

/** The previous question asked with another question word ("when?" after "What did X approve?"). */
function askAgainWith(context: ConversationContext, wh: string): string {
  const previous = context.question.replace(/[?!.]+$/u, '').trim();
  const word = wh.charAt(0).toUpperCase() + wh.slice(1).toLowerCase();
  // "How many jobs will Norvik cut?" → "where?": "Where will Norvik cut jobs?"
  const counted = /^how (?:many|much) ([\p{L}-]+)\s+(.*)$/iu.exec(previous);
  if (counted) return `${word} ${counted[2]} ${counted[1]}?`;
  const rest = previous.replace(WH_WORD, '');
  // "Who called it a betrayal?" → "when?": the answer is who, so ask when *they* did it.
  if (/^who\b/iu.test(previous) && context.answerPerson && !/^(?:is|was|are|were)\b/iu.test(rest)) {
    return `${word} did ${context.answerPerson} ${rest}?`;
  }
  return `${word} ${rest}?`;
}

/** "What did <the council> approve": the subject between the auxiliary and the last (lower-case) verb. */
const SUBJECT_OF_QUESTION =
  /^(.*?\b(?:did|does|do|will|would|is|was|are|were|has|have|can|could|should)\s+)(.+?)(\s+\p{Ll}+)$/u;

/**
 * The previous question with something else in place of what it asked about: a place for a
 * place ("…cut in Germany?" → "and Austria?"), else its subject ("What did <Marsh> say?"), else
 * its last name.
 */
function swapSubject(context: ConversationContext, other: string): string | undefined {
  const previous = context.question.replace(/[?!.]+$/u, '').trim();
  const spans = [...previous.matchAll(/(?<=\s)\p{Lu}[\p{L}\p{N}’'.-]*(?:\s+\p{Lu}[\p{L}\p{N}’'.-]*)*/gu)];
  const places = spans.filter((m) => isPlaceName(m[0]));
  const swap = (at: number, length: number) =>
    `${previous.slice(0, at)}${other}${previous.slice(at + length)}?`;
  const place = isPlaceName(other) ? places.at(-1) : undefined;
  if (place) return swap(place.index, place[0].length);
  const subject = SUBJECT_OF_QUESTION.exec(previous);
  if (subject) return `${subject[1]}${other}${subject[3]}?`;
  const last = spans.at(-1);
  return last ? swap(last.index, last[0].length) : undefined;
}

/**
 * Reads `question` against the last answer's context. With no context, or a question that stands
 * on its own, it is a new topic and comes back unchanged. `named`: the people the question itself
 * names; a pronoun of theirs refers to them, not to the context.
 */
export function resolveFollowUp(
  context: ConversationContext | undefined,
  question: string,
  named: readonly ContextPerson[] = [],
): Resolution {
  const asked = question.trim();
  if (!context) return whatElse(asked) ?? { question: asked, kind: 'new-topic' };

  const elliptical = ELLIPTICAL.exec(asked);
  if (elliptical) {
    const rewritten = askAgainWith(context, elliptical[1]!);
    return { question: rewritten, kind: 'elliptical', explanation: `“${asked}” = “${rewritten}”` };
  }
  const andX = AND_X.exec(asked);
  if (andX) {
    const rewritten = swapSubject(context, andX[1]!.trim());
    if (rewritten)
      return { question: rewritten, kind: 'elliptical', explanation: `“${asked}” = “${rewritten}”` };
  }
  const { text, meanings } = replacePronouns(context, asked, named);
  const explanation = meanings.length ? meanings.join(', ') : undefined;
  const resolved = whatElse(text);
  if (resolved) return { ...resolved, ...(explanation && { explanation }) };
  if (meanings.length) return { question: text, kind: 'pronoun', ...(explanation && { explanation }) };
  return { question: asked, kind: 'new-topic' };
}

/** "what else did X say?" as a request for another quotation of X's. */
function whatElse(text: string): Resolution | undefined {
  for (const pattern of WHAT_ELSE) {
    const speaker = pattern.exec(text)?.[1]?.trim();
    if (speaker) return { question: `What did ${speaker} say?`, kind: 'what-else', speaker };
  }
  return undefined;
}

/** A question about "he" or "she" and nothing else: it needs someone to refer to. */
const ABOUT_A_PRONOUN =
  /^(?:who(?:'s| is| was)|what(?: else)? did|did|when did|where did|why did|how did|what does|what is)\s+(he|she|him|her)\b/iu;

/**
 * The pronoun a question is about when nothing in the context says who it is ("who is he?" with
 * no earlier answer): better asked back than answered with "the stories don't say".
 */
export function unresolvedPronoun(question: string): string | undefined {
  return ABOUT_A_PRONOUN.exec(question.trim())?.[1]?.toLowerCase();
}
