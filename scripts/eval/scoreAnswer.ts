import type { Answer } from '../../src/qa/types.ts';
import type { GoldQuestion } from './questionSets.ts';

/** An answer longer than this is not a short exact answer, whatever it contains. */
export const MAX_ANSWER_LENGTH = 250;

/**
 * The form both sides of a fact match are compared in: lower case, curly quotes and apostrophes
 * as straight ones, runs of whitespace as one space.
 */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A yes/no verdict: matched as the answer's first word, since "no" is inside "not" and "North". */
const VERDICT = /^(yes|no)$/i;

/**
 * Whether `answer` states `fact`. Alternatives are separated by `|`. A fact is a case-insensitive
 * substring, except a bare `yes` / `no`, which must open the answer.
 */
export function matchesFact(answer: string, fact: string): boolean {
  const text = normalizeForMatch(answer);
  return fact.split('|').some((alternative) => {
    const wanted = normalizeForMatch(alternative);
    if (!wanted) return false;
    if (VERDICT.test(wanted)) return new RegExp(`^\\W*${wanted}\\b`).test(text);
    return text.includes(wanted);
  });
}

/** The score of one answer to one gold question. */
export interface Score {
  answerable: boolean;
  /** Answerable: non-null, short, every fact, and the first citation right. */
  answeredRight: boolean;
  /** Answerable: the first citation is the story and one of the gold paragraphs. */
  citedRight: boolean;
  /** Unanswerable: the answer is `null`. */
  refusedRight: boolean;
  /** `answeredRight` or `refusedRight`. */
  right: boolean;
  /** Why it is not right, for `--verbose`. Empty when right. */
  problems: string[];
}

/**
 * Scores `answer` against `gold`, asked of the story `storyId`. `answer` is `undefined` when the
 * answerer threw: that is never right, not even for a question that deserves a refusal.
 */
export function scoreAnswer(gold: GoldQuestion, storyId: string, answer: Answer | undefined): Score {
  const text = answer?.answer ?? null;
  if (!gold.answerable) {
    const refusedRight = answer !== undefined && text === null;
    const problems = answer === undefined ? ['the answerer threw'] : refusedRight ? [] : ['should refuse'];
    return {
      answerable: false,
      answeredRight: false,
      citedRight: false,
      refusedRight,
      right: refusedRight,
      problems,
    };
  }
  const problems: string[] = [];
  const first = answer?.citations[0];
  const citedRight = !!first && first.story === storyId && gold.cite.includes(first.paragraph);
  if (answer === undefined) problems.push('the answerer threw');
  else if (text === null) problems.push('refused');
  else {
    if (text.length > MAX_ANSWER_LENGTH)
      problems.push(`too long (${text.length} > ${MAX_ANSWER_LENGTH} chars)`);
    const missing = gold.expect.filter((fact) => !matchesFact(text, fact));
    if (missing.length) problems.push(`missing ${missing.map((f) => JSON.stringify(f)).join(', ')}`);
  }
  if (!citedRight) {
    const cited = first ? `${first.story} ¶${first.paragraph}` : 'nothing';
    problems.push(`cited ${cited}, want ¶${gold.cite.join('|')}`);
  }
  const answeredRight = problems.length === 0;
  return { answerable: true, answeredRight, citedRight, refusedRight: false, right: answeredRight, problems };
}
