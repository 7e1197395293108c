/** The learned weights (src/qa/model/weights.json, rebuilt by `npm run train`) and how they score. */
import { readFileSync } from 'node:fs';
import type { Features } from './features.ts';

export interface ModelWeights {
  /** Candidate ranker: a softmax over a paragraph's candidates. */
  ranker: Record<string, number>;
  /** Refusal model: probability that the paragraph's best candidate is right. */
  confidence: Record<string, number>;
  /** Trick detector: probability that the question is a real one, given the paragraph (refusal.ts). */
  answerable?: Record<string, number>;
  /**
   * Paragraph choice: a softmax over the question's judged paragraphs (chooseParagraph.ts); without
   * it the most confident paragraph answers.
   */
  choice?: Record<string, number>;
  /**
   * Platt scaling of the two models' product, fitted on the cross-validated predictions, so that
   * `confidence` is the probability that the answer is right (scripts/train/calibrate.ts).
   */
  calibration?: Calibration;
  /** Answer when the confidence reaches this (chosen on cross-validation, see the trainer). */
  threshold: number;
}

/** p ↦ sigmoid(a · logit(p) + b). */
export interface Calibration {
  a: number;
  b: number;
}

/** w · f */
export function dot(weights: Readonly<Record<string, number>>, features: Features): number {
  // `forEach` rather than `for … of` (an [name, value] array per feature), in the same order; the
  // sum in an object's field (a captured `let` would be a new heap number per feature).
  const total = { sum: 0 };
  features.forEach((value, name) => {
    total.sum += (weights[name] ?? 0) * value;
  });
  return total.sum;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The log-odds of p, kept finite at 0 and 1. */
export const logit = (p: number) => {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
};

/** A raw score mapped through the calibration (unchanged without one). */
export const calibrated = (p: number, calibration: Calibration | undefined) =>
  calibration ? sigmoid(calibration.a * logit(p) + calibration.b) : p;

/** Softmax of scores (stable). */
export function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

export const WEIGHTS_FILE = new URL('./model/weights.json', import.meta.url);

let loaded: ModelWeights | undefined;

/** The committed weights, read once (they never change while the process runs). */
export function committedWeights(): ModelWeights {
  return (loaded ??= JSON.parse(readFileSync(WEIGHTS_FILE, 'utf8')) as ModelWeights);
}
