/**
 * The learned answer: the ranker picks each paragraph's best candidate, the refusal model gives the
 * probability that it is right, and the paragraph with the highest probability answers. Each
 * paragraph is judged on its own (softmax over its own candidates, background weights), so adding
 * other stories cannot change the verdict for a paragraph.
 */
import type { Candidate } from './candidates.ts';
import { candidateFeatures, sentenceMatches, type Features, type QuestionView } from './features.ts';
import { dot, sigmoid, softmax, type ModelWeights } from './model.ts';
import type { ParagraphAnalysis } from './paragraphAnalysis.ts';
import { refusalFeatures } from './refusal.ts';

export interface Retrieved {
  /** 0-based rank among the paragraphs retrieved for the question. */
  rank: number;
  /** Retrieval score over the top paragraph's (0..1). */
  scoreRatio: number;
  /** The rule extractor's answer from this paragraph, if it gave one. */
  rule?: string;
}

export interface ParagraphVerdict {
  best: Candidate;
  /** The ranker's probability of the best candidate within its paragraph. */
  probability: number;
  /** Probability that the best candidate is right (the refusal model). */
  confidence: number;
  /** Features (kept for training). */
  candidateFeatures: Features[];
  probabilities: number[];
  refusal: Features;
}

/** Judges one paragraph: its best candidate and the probability that it answers. */
export function judgeParagraph(
  weights: Pick<ModelWeights, 'ranker' | 'confidence'>,
  q: QuestionView,
  pa: ParagraphAnalysis,
  retrieved: Retrieved,
): ParagraphVerdict | undefined {
  if (pa.candidates.length === 0) return undefined;
  const matches = sentenceMatches(q, pa);
  const features = candidateFeatures(q, pa, matches, retrieved.rule);
  const probabilities = softmax(features.map((f) => dot(weights.ranker, f)));
  let top = 0;
  let second = -1;
  probabilities.forEach((p, i) => {
    if (p > probabilities[top]! || (p === probabilities[top]! && i < top)) {
      second = top === i ? second : top;
      top = i;
    } else if (i !== top && (second < 0 || p > probabilities[second]!)) second = i;
  });
  const best = pa.candidates[top]!;
  const probability = probabilities[top]!;
  const rule = retrieved.rule?.toLowerCase().trim();
  const refusal = refusalFeatures({
    q,
    pa,
    matches,
    best,
    probability,
    margin: probability - (second >= 0 ? probabilities[second]! : 0),
    rank: retrieved.rank,
    scoreRatio: retrieved.scoreRatio,
    ruleAnswered: rule !== undefined,
    ruleAgrees:
      rule !== undefined && (rule.includes(best.text.toLowerCase()) || best.text.toLowerCase().includes(rule)),
  });
  return {
    best,
    probability,
    confidence: sigmoid(dot(weights.confidence, refusal)),
    candidateFeatures: features,
    probabilities,
    refusal,
  };
}
