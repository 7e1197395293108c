/**
 * Trick checks on the shape of the answer against what the question asks for: a part of the
 * quantity asked instead of the quantity, a sum asked and no figure given, a thing asked and a bare
 * prepositional phrase given. Found among our own stories' unanswerables (issue 8's own sets,
 * 2026-12-02); each replayed over the 4,557 SQuAD gold answers in their sentences
 * (`npx tsx scripts/eval/trickReplay.ts`), the counts beside each.
 */
import { normalizeTerm, termsOf } from '../search/terms.ts';
import { NUMBER_WORD } from './extractSpan.ts';

/** "what are the company's annual sales", "what is its revenue": the quantity noun asked for. */
const QUANTITY_NOUN =
  /^\s*what\s+(?:is|are|was|were|will\s+be)\s+(?:[\p{L}'’-]+\s+){0,4}?(revenues?|sales|profits?|income|earnings|budget|turnover|salary|salaries|wages?|costs?|price|debt|population|attendance)\b\s*\??\s*$/iu;

/** A part of a whole: "4 percent of", "a third of", "half of", "a share of". */
const PART_OF = new RegExp(
  String.raw`(?:%|\bper\s?cent|\bhalf|\bquarter|\bthird|\bfraction|\bshare|\bpart|\bportion|\bmajority|\bmost|\bsome)\s+of\b(.*)$`,
  'iu',
);

/**
 * "What are the company's annual sales?" → "up to 4 percent of its annual sales": the answer is a
 * part of the quantity asked, which the sentence measures against a whole it never gives.
 * Fires on 0 of the 4,557 SQuAD gold answers.
 */
export function partOfQuantityAsked(question: string, answer: string): boolean {
  const asked = QUANTITY_NOUN.exec(question)?.[1];
  if (!asked || /%|\bper\s?cent|\bshare\b|\bproportion\b/iu.test(question)) return false;
  const whole = PART_OF.exec(answer)?.[1];
  const term = normalizeTerm(asked);
  return whole !== undefined && term !== null && termsOf(whole).includes(term);
}

/** "What minimum salary is the union asking for?": a sum or measure named right after "what". */
const SUM_NOUN_ASKED =
  /^\s*(?:what|which)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:salary|salaries|wages?|price|prices|fees?|fines?|budget|costs?|pay|payment|rent|ransom|bail|bonus|temperature|population|attendance|turnout)\s+(?:is|are|was|were|will|would|does|do|did|has|have|had|can|could|should)\b/iu;
/** A figure in an answer: digits, a number word, a share or a multiple. */
export const FIGURE = new RegExp(
  String.raw`\d|\b(?:${NUMBER_WORD}|percent|per cent|half|quarter|third|double|twice|triple)\b|%`,
  'iu',
);

/**
 * "What minimum salary is the players' union asking for?" → "the WPD": a sum of money or a measure
 * asked by name, an answer with no figure. (quantityNotGiven in ruleTricks.ts covers "what is the
 * salary …".) Fires on 0 of the 4,557 SQuAD gold answers.
 */
export const sumWithoutFigure = (question: string, answer: string): boolean =>
  SUM_NOUN_ASKED.test(question) && !FIGURE.test(answer);

/** "Which clubs …", "what companies …": a thing asked by its kind (not "which year", "what time"). */
const THING_ASKED =
  /^\s*(?:which|what)\s+(?!(?:is|was|has|does|its|his|this|thus|as|us|year|years|day|days|month|months|time|times|date|week|season|place|places|city|cities|country|countries|town|towns|area|areas|region|regions|way|ways|reason|reasons|kind|type|sort|extent|percentage|part|parts|stage|point|period|direction|room|floor|side|street|road)\b)\p{L}+s\b/iu;
/**
 * A bare prepositional phrase of no name ("from the second tier at the end of the season"); not
 * "to", which opens a purpose as often ("What is the main purpose of X?" → "to elect bishops").
 */
const PREPOSITIONAL = /^\s*(?:from|at|on|in|into|by|for|with|after|before|during|since|until|over|under)\s/iu;

/** A time and nothing else, no name: "the 2025-26 season", "next year" (not "Independence Day"). */
const STRETCH_OF_TIME =
  /^\s*(?:the\s+|this\s+|next\s+|last\s+|coming\s+)*(?:[\p{L}\d–-]+\s+)?(?:seasons?|years?|months?|weeks?|days?|decades?|centur(?:y|ies)|quarters?|terms?)\s*$/iu;

/**
 * "Which clubs will be promoted?" → "from the second tier at the end of the current season" or
 * "the 2025-26 season" of "Four clubs will be promoted from the second tier …": things asked for by
 * their kind (a plural noun), a prepositional phrase with no name or a time given — where they come
 * from or when, not which they are. Fires on 0 of the 4,557 SQuAD gold answers.
 */
export function phraseForThings(question: string, answer: string): boolean {
  if (!THING_ASKED.test(question) || /^\s*(?:in|on|at|from|to|by|for|with|into)\s/iu.test(question))
    return false;
  if (/\s(?:in|on|at|from|to|by|for|with|into)\s*\??\s*$/iu.test(question)) return false;
  if (/\s\p{Lu}/u.test(answer)) return false;
  return (PREPOSITIONAL.test(answer) && !/\d/u.test(answer)) || STRETCH_OF_TIME.test(answer);
}

/** "What is the name of the stadium in …": the thing whose name is asked, up to what says which one. */
const NAME_OF_THING =
  /^\s*what(?:'s|\s+is|\s+was|\s+are|\s+were)\s+the\s+names?\s+of\s+((?:[\p{L}\d'’-]+\s+)*?[\p{L}\d'’-]+?)(?=\s+(?:in|on|at|of|for|from|by|with|to|that|which|who|whom|where|when|whose|used|\p{L}+ed|\p{L}+ing)\b|\s*[,?]|\s*$)/iu;
/** What a name holds: a capital, a figure ("the 50 fund") or quotation marks (a title). */
const NAME_LIKE = /[\p{Lu}\d"“”]/u;
/** An article that introduces a thing without naming it: "an outside firm", "a bakery". */
const INDEFINITE = /^(?:a|an|another|one)$/iu;

/**
 * "What is the name of the outside firm hired …?" → "an outside firm" (no name at all), or "Meridian
 * Hospitality Group" of "Meridian Hospitality Group … had hired an outside firm" and "Akiko Tanaka"
 * of "Akiko Tanaka, who runs a bakery": a name asked for outright, and the sentence brings the thing
 * in only as "a firm", "a bakery", with no name beside it. The answer stands when it holds the
 * thing's noun ("Levi's Stadium"), follows it closely ("a granddaughter, Susan Foreman"), or the
 * sentence names the thing otherwise ("the Tangut capital of Ning Hia"). Such questions were all
 * refused before (analyzeQuestion.ts). Replayed over the 4,557 SQuAD gold answers it fires on 4 of
 * the 78 "name of" questions ("built Mombasa into a major port city", "Mongolian tögrög").
 */
export function nameNotGiven(question: string, answer: string, sentence: string): boolean {
  const thing = NAME_OF_THING.exec(question)?.[1];
  if (thing === undefined) return false;
  if (!NAME_LIKE.test(answer)) return true;
  const noun = normalizeTerm(
    thing
      .split(/\s+/u)
      .at(-1)!
      .replace(/['’]s?$/u, ''),
  );
  if (noun === null || termsOf(answer).includes(noun)) return false;
  const at = sentence.indexOf(answer);
  if (at < 0) return false;
  const words = sentence.split(/\s+/u).filter(Boolean);
  const answerWord = sentence.slice(0, at).split(/\s+/u).filter(Boolean).length;
  const places = words.flatMap((w, i) => (termsOf(w).includes(noun) ? [i] : []));
  if (places.length === 0) return false;
  return places.every(
    (i) =>
      words.slice(Math.max(0, i - 3), i).some((w) => INDEFINITE.test(w)) &&
      !(answerWord > i && answerWord - i <= 3),
  );
}
