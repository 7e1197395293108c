/**
 * A span's edges that repeat the question's own words: what the question already says is no part of
 * its answer.
 */
import type { QuestionKind } from './types.ts';

/** Kinds whose span may repeat the question's words around what it asks (a figure's, a date's or a name's may not: "300 jobs"). */
const REPEAT_TRIMMED: ReadonlySet<QuestionKind> = new Set([
  'what',
  'what-did',
  'how',
  'why',
  'where',
  'search',
]);

/** Words that carry nothing asked: a run of repeated question words must hold more than these. */
const LINK_WORDS = new Set(
  'the a an of to in on at for with by from as and or is was were are be been his her their its it he she they that this which'.split(
    ' ',
  ),
);
/** Words a span cannot end on ("as the power of") or start with ("of the game"). */
const OPEN_END = new Set('the a an of to in on at for with by from as and or their his her its'.split(' '));
const OPEN_START = new Set(['of', 'and', 'or']);
/** Words that join the parts of one name ("Bank of England", "Marks & Spencer"). */
const NAME_JOINS = new Set(['of', '&', 'and', 'the', 'de', 'van', 'von']);

/** A word as the question and the span are matched: lower case, no quotes around, no plural -s. */
function wordKey(word: string): string {
  const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
  return bare.length > 3 && bare.endsWith('s') && !bare.endsWith('ss') ? bare.slice(0, -1) : bare;
}

/** Whether a cut before words[at] falls inside one name ("the Royal | Shakespeare Company"). */
function insideName(words: readonly string[], at: number): boolean {
  let left = at - 1;
  let right = at;
  while (left >= 0 && NAME_JOINS.has(words[left]!)) left--;
  while (right < words.length && NAME_JOINS.has(words[right]!)) right++;
  const capital = (w: string | undefined) => !!w && /^[^\p{L}\p{N}]*\p{Lu}/u.test(w);
  return right - left <= 3 && capital(words[left]) && capital(words[right]);
}

/**
 * "What did the firm ask the court to forbid the sale of?" → "its rival's toys", not "the court to
 * forbid the sale of its rival's toys"; "What does the union oppose as unfair to members?" →
 * "the levy", not "the levy as unfair to members": a span that opens or ends with a run of the
 * question's own words (two or more, one of them no link word) answers with the rest. Not a cut
 * inside a name ("the Royal | Shakespeare Company"), nor one that leaves a span ending on a link
 * word ("as the power of") or opening with "of" / "and".
 */
export function withoutQuestionWords(question: string, kind: QuestionKind, answer: string): string {
  if (!REPEAT_TRIMMED.has(kind) || /^[^\p{L}\p{N}]*[\p{N}$€£]/u.test(answer)) return answer;
  const asked = new Set((question.match(/[\p{L}\p{N}'’-]+/gu) ?? []).map(wordKey));
  const words = answer.split(/\s+/u);
  const keys = words.map(wordKey);
  const repeated = keys.map((k) => k === '' || asked.has(k));
  let start = 0;
  while (start < words.length && repeated[start]) start++;
  let end = words.length;
  while (end > start && repeated[end - 1]) end--;
  const carries = (from: number, to: number) => keys.slice(from, to).some((k) => k && !LINK_WORDS.has(k));
  if (!carries(start, end)) return answer;
  const from =
    start >= 2 && carries(0, start) && !insideName(words, start) && !OPEN_START.has(keys[start]!) ? start : 0;
  const to =
    words.length - end >= 2 &&
    carries(end, words.length) &&
    !insideName(words, end) &&
    !OPEN_END.has(keys[end - 1]!)
      ? end
      : words.length;
  if (from === 0 && to === words.length) return answer;
  return words
    .slice(from, to)
    .join(' ')
    .replace(/^[\s,;:]+|[\s,;:]+$/gu, '');
}

/** An object pronoun before its preposition or "to", or a bare "of", that opens a what-did span. */
const LEFTOVER = /^(?:(?:it|them|him|her)\s+(?=(?:to|with|for|as|into|from|in|on|by)\s)|of\s+)/u;

/**
 * "What does the pump use the heat to do?" → "to warm the school", not "it to warm the school";
 * "What did she invent?" → "the steam kettle", not "of the steam kettle" (of "inventor of …"): the
 * rule extractor's object clause can open on the pronoun that stands for the question's own object,
 * or on the "of" of the noun it was cut from.
 */
export function withoutLeftover(kind: QuestionKind, answer: string): string {
  const leftover = kind === 'what-did' ? LEFTOVER.exec(answer) : null;
  return leftover && leftover[0].length < answer.length ? answer.slice(leftover[0].length) : answer;
}
