/** What every rule answer shares: the answer and refusal shapes, coverage thresholds, frame words. */

import type { KnowledgeBase } from '../search/knowledgeBase.ts';
import { normalizeTerm, tokenize } from '../search/terms.ts';

import { citationOf } from './citation.ts';

import { type Evidence, type KeyTerm } from './evidence.ts';

import type { Answer, Citation, QuestionKind } from './types.ts';

/** An answer must hold at least this share of the question's weighted key terms. */
export const MIN_COVERAGE = 0.62;
/** Answers are short: a name, a span, or at most one sentence. */
export const MAX_ANSWER_LENGTH = 250;
export const CLOSEST_PASSAGES = 3;
/**
 * The confidence of a fact read by a pattern beside the name asked (an age "NAME, 58,", the holder
 * of a role "Its head, NAME,"): on our own sets the answers scored 0.8–1.0 are right 37 of 37.
 */
export const PATTERN_FACT_CONFIDENCE = 0.9;

export const FRAME_TERMS = new Set(
  [
    'mean',
    'stand',
    'refer',
    'short',
    'abbreviation',
    'acronym',
    'happen',
    'story',
    'article',
    'know',
    'accord',
  ].map((w) => normalizeTerm(w)!),
);
/** Words that only say what kind of answer is wanted ("how many", "what year", "which city"). */
export const KIND_TERMS: Partial<Record<QuestionKind, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries({
    'how-many': 'many much number amount big large total sum figure long often far old',
    when: 'day date time year month week',
    where: 'place city country venue location held hold host hosted happen happened',
    why: 'reason reasons cause',
    who: 'person people one',
  }).map(([kind, words]) => [kind, new Set(words.split(' ').map((w) => normalizeTerm(w)!))]),
);

export const SPEECH_TERMS = new Set(
  [
    'said',
    'say',
    'says',
    'stated',
    'wrote',
    'told',
    'tell',
    'added',
    'stressed',
    'warned',
    'declared',
    'remarked',
    'noted',
    'claimed',
    'quoted',
    'called',
    'described',
    'words',
    'quote',
    'remark',
    'statement',
  ]
    .map((w) => normalizeTerm(w))
    .filter((t): t is string => t !== null),
);

/**
 * Every name a text writes, as its capitalised words after the first ("How did Tesla meet Edison?"
 * → Tesla, Edison): the first word is capitalised as a sentence's opener, not as a name.
 */
export const namesWritten = (text: string): string[] =>
  tokenize(text)
    .slice(1)
    .filter((w) => /^\p{Lu}/u.test(w));

/** Every name of `question` (namesWritten) is written in `text`, in any case. */
export function namesAllIn(question: string, text: string): boolean {
  const lower = text.toLowerCase();
  return namesWritten(question).every((w) => lower.includes(w.toLowerCase()));
}

export const shorten = (text: string, max = MAX_ANSWER_LENGTH) =>
  text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/u, '')}…`;

export function answerOf(
  question: string,
  kind: QuestionKind,
  text: string,
  confidence: number,
  citations: Citation[],
): Answer {
  return {
    question,
    answer: shorten(text.trim()),
    kind,
    confidence: Math.max(0, Math.min(1, confidence)),
    citations,
  };
}

/** The stories don't say: no answer, and the closest passages to read instead. */
export function refusal(
  kb: KnowledgeBase,
  question: string,
  kind: QuestionKind,
  evidence: readonly Evidence[],
): Answer {
  const seen = new Set<number>();
  const citations: Citation[] = [];
  for (const e of evidence) {
    if (seen.has(e.paragraphId)) continue;
    seen.add(e.paragraphId);
    citations.push(citationOf(kb, e.paragraph));
    if (citations.length === CLOSEST_PASSAGES) break;
  }
  return { question, answer: null, kind, confidence: 0, citations };
}

/** The evidence's paragraph, with the sentence that answers. */
export const cite = (kb: KnowledgeBase, e: Evidence): Citation[] => [
  citationOf(kb, e.paragraph, e.sentence.text),
];

/** Whether the evidence is good enough to answer from. */
export function isAnswerable(best: Evidence | undefined, keyTerms: readonly KeyTerm[]): best is Evidence {
  if (!best) return false;
  if (best.coverage < MIN_COVERAGE || best.sentenceCoverage < 0.3) return false;
  // A name or figure of the question that the passage does not hold means it is about something else.
  const total = keyTerms.reduce((s, k) => s + k.weight, 0);
  return !best.missing.some((k) => k.proper && k.weight >= total * 0.12);
}
