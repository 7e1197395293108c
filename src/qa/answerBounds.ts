/**
 * Where a short answer starts and ends, once the trick checks have read it (so no bound moved here
 * changes which questions are answered or refused): the part of the span that answers what the
 * question asks, without the words around it that the question did not ask for.
 */
import { withoutAskedNoun } from './askedNoun.ts';
import { withNameStart, withoutDescriptor, withWholeNameRun } from './nameBounds.ts';
import { withoutLeftover, withoutQuestionWords } from './questionEcho.ts';
import type { QuestionKind } from './types.ts';

/** "In what year …?", "Which year …?": the question asks for a year, not a day or a month. */
const YEAR_ASKED = /\b(?:what|which)\s+year\b/iu;
/** A year as a word of its own: 1000–2099, not "1990s" nor part of a longer figure. */
const YEAR = /(?<![\d,.])\b(?:1\d|20)\d\d\b(?![\d,.]|s\b)/gu;

/**
 * "In what year did the bridge open?" → "1932", not "4 May 1932" nor "1932 season": a question
 * that asks for a year is answered by the one year its span names. A span with two years ("from
 * 1990 to 1994") stays as it is: which of them is asked is not the bound's to say.
 */
export function onlyYearAsked(question: string, answer: string): string {
  if (!YEAR_ASKED.test(question)) return answer;
  const years = answer.match(YEAR);
  return years?.length === 1 ? years[0] : answer;
}

/** The answer's bounds for a question of this kind (after shortForm's), read in its sentence. */
export function answerBounds(
  question: string,
  kind: QuestionKind,
  answer: string,
  sentence: string | undefined,
): string {
  const echo = withoutQuestionWords(question, kind, withoutLeftover(kind, onlyYearAsked(question, answer)));
  const bare = withoutAskedNoun(question, kind, withoutDescriptor(question, kind, echo));
  return withNameStart(kind, withWholeNameRun(kind, bare, sentence), sentence);
}
