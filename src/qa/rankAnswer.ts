/**
 * The learned answer: the ranker picks each paragraph's best candidate and the refusal models give
 * the probability that it is right; the paragraph choice (chooseParagraph.ts) then compares the
 * question's paragraphs. Each paragraph is judged on its own (softmax over its own candidates,
 * background weights), so adding other stories cannot change the verdict for a paragraph.
 */
import type { Candidate } from './candidates.ts';
import { candidateScores, sentenceMatches, type Features, type QuestionView } from './features.ts';
import { calibrated, softmax, type ModelWeights } from './model.ts';
import { candidatesWithRule, type ParagraphAnalysis } from './paragraphAnalysis.ts';
import { refusalConfidence, refusalFeatures } from './refusal.ts';
import { alignedToQuestion } from './paraphrases.ts';
import { withAntecedents } from './antecedents.ts';

export interface Retrieved {
  /** 0-based rank among the paragraphs retrieved for the question. */
  rank: number;
  /** Retrieval score over the top paragraph's (0..1). */
  scoreRatio: number;
  /** The rule extractor's answer from this paragraph, if it gave one. */
  rule?: string;
  /** How much of the question the paragraph holds by its story's own term weights (storyMatch.ts). */
  storyMatch?: number;
}

export interface ParagraphVerdict {
  best: Candidate;
  /** The ranker's probability of the best candidate within its paragraph. */
  probability: number;
  /** Probability that the best candidate is right (the refusal models, calibrated). */
  confidence: number;
  /** The same before the calibration (what the paragraph choice compares, chooseParagraph.ts). */
  raw: number;
  /** `Retrieved.storyMatch` (0 when not given). */
  storyMatch: number;
  probabilities: number[];
  refusal: Features;
}

/**
 * The paragraph as the model reads it for a question: "Who owns …?" reads "The hotel's owner" as its
 * own words (paraphrases.ts), and "It …" with the sentence that names "it" (antecedents.ts). Training
 * reads the gold paragraph the same way (scripts/train/fit.ts).
 */
export const asRead = (q: QuestionView, analysis: ParagraphAnalysis): ParagraphAnalysis =>
  withAntecedents(alignedToQuestion(q, analysis));

/** Judges one paragraph: its best candidate and the probability that it answers. */
export function judgeParagraph(
  weights: Pick<ModelWeights, 'ranker' | 'confidence' | 'answerable' | 'calibration'>,
  q: QuestionView,
  analysis: ParagraphAnalysis,
  retrieved: Retrieved,
): ParagraphVerdict | undefined {
  const pa = asRead(q, analysis);
  const candidates = candidatesWithRule(pa, retrieved.rule);
  if (candidates.length === 0) return undefined;
  const matches = sentenceMatches(q, pa);
  const probabilities = softmax(candidateScores(weights.ranker, q, pa, matches, retrieved.rule, candidates));
  const { top, second } = topTwo(probabilities);
  const best = candidates[top]!;
  const probability = probabilities[top]!;
  const rule = retrieved.rule?.toLowerCase().trim();
  const refusal = refusalFeatures({
    q,
    pa,
    matches,
    best,
    probability,
    margin: probability - second,
    ruleAnswered: rule !== undefined,
    ruleAgrees:
      rule !== undefined &&
      (rule.includes(best.text.toLowerCase()) || best.text.toLowerCase().includes(rule)),
  });
  const raw = refusalConfidence(
    { confidence: weights.confidence, ...(weights.answerable ? { answerable: weights.answerable } : {}) },
    refusal,
  );
  return {
    best,
    probability,
    confidence: calibrated(raw, weights.calibration),
    raw,
    storyMatch: retrieved.storyMatch ?? 0,
    probabilities,
    refusal,
  };
}

/**
 * The most probable candidate (the first of equals) and the next probability (0 when alone): what
 * sorting the candidates by probability, then by position, puts first and second, in one pass
 * (a long paragraph has over a thousand candidates).
 */
export function topTwo(probabilities: readonly number[]): { top: number; second: number } {
  let top = 0;
  for (let i = 1; i < probabilities.length; i++) if (probabilities[i]! > probabilities[top]!) top = i;
  let second = probabilities.length > 1 ? -Infinity : 0;
  for (let i = 0; i < probabilities.length; i++)
    if (i !== top && probabilities[i]! > second) second = probabilities[i]!;
  return { top, second };
}
