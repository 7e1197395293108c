/** The paragraphs the model reads for a question: the best few by the evidence search. */
import type { KnowledgeBase } from '../search/knowledgeBase.ts';
import { FRAME_TERMS, KIND_TERMS } from './ruleCommon.ts';
import type { QuestionAnalysis } from './analyzeQuestion.ts';
import { findEvidence, keyTermsOf } from './evidence.ts';
import { PARAGRAPHS_READ, UNJUDGED_SCORE_RATIO } from './tuning.ts';

export interface RetrievedParagraph {
  id: number;
  rank: number;
  /** Its best sentence's evidence score over the top one's (0..1). */
  scoreRatio: number;
}

export function retrieveParagraphs(
  kb: KnowledgeBase,
  q: QuestionAnalysis,
  depth = PARAGRAPHS_READ,
): RetrievedParagraph[] {
  const drop = new Set([...FRAME_TERMS, ...(KIND_TERMS[q.kind] ?? [])]);
  const keyTerms = keyTermsOf(kb, q.content, drop);
  if (keyTerms.length === 0) return [];
  const evidence = findEvidence(kb, keyTerms);
  const top = evidence[0]?.score || 1;
  const out: RetrievedParagraph[] = [];
  for (const e of evidence) {
    if (out.some((r) => r.id === e.paragraphId)) continue;
    out.push({ id: e.paragraphId, rank: out.length, scoreRatio: Math.max(0, e.score / top) });
    if (out.length === depth) break;
  }
  return out;
}

/** The paragraphs read for a question, each call a fresh copy (list and entries) a caller may change. */
export type Retrieval = () => RetrievedParagraph[];

/**
 * `retrieveParagraphs` done once for a question, when first asked for, and shared by the rules that
 * read the retrieved paragraphs (ruleAge.ts, ruleTally.ts, ruleRoleHolder.ts) and the model
 * (answer.ts): each gets a copy, so what one does with its list (the model adds the rule engine's
 * paragraph) is not what the next one reads.
 */
export function sharedRetrieval(kb: KnowledgeBase, q: QuestionAnalysis): Retrieval {
  let read: readonly RetrievedParagraph[] | undefined;
  return () => (read ??= retrieveParagraphs(kb, q)).map((r) => ({ ...r }));
}

/**
 * Whether the model need judge a retrieved paragraph, given the verdicts so far (in retrieval
 * order): not when one of them is sure and this paragraph's evidence is far below the top one's
 * (UNJUDGED_SCORE_RATIO): such a paragraph was next to never chosen over a sure one.
 */
export function worthJudging(
  r: RetrievedParagraph,
  judged: readonly { verdict: { confidence: number } }[],
  threshold: number,
): boolean {
  return r.scoreRatio >= UNJUDGED_SCORE_RATIO || !judged.some((j) => j.verdict.confidence >= threshold);
}
