/** The paragraphs the model reads for a question: the best few by the evidence search. */
import type { KnowledgeBase } from '../search/knowledgeBase.ts';
import { FRAME_TERMS, KIND_TERMS } from './ruleCommon.ts';
import type { QuestionAnalysis } from './analyzeQuestion.ts';
import { findEvidence, keyTermsOf } from './evidence.ts';
import { PARAGRAPHS_READ } from './tuning.ts';

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
