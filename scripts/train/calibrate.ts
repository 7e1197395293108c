/**
 * Platt scaling: the refusal models' product is a ranking score, not a probability (their product
 * under-states how often an answer is right: cross-validated, answers scored 0.2–0.4 were right
 * 49 % of the time). A one-feature logistic regression over its log-odds, fitted on the pooled
 * cross-validated predictions of real questions, hand-written and news tricks (generated ones are
 * left out: they are not what users ask), maps it to the probability that the answer is right.
 * Newton's method from a fixed start: deterministic.
 */
import { logit, sigmoid, type Calibration } from '../../src/qa/model.ts';
import { scorePrediction } from '../eval/squad.ts';
import type { Prediction } from './fit.ts';
import { RIGHT_F1 } from './fitRefusal.ts';

/** Each prediction's raw score and whether its span is right (an answerable question's span with F1 ≥ RIGHT_F1). */
export function calibrationPoints(preds: readonly Prediction[]): { p: number; right: boolean }[] {
  return preds
    .filter((p) => p.item.source !== 'generated' && p.span !== null)
    .map((p) => ({
      p: p.confidence,
      right: !p.item.question.isImpossible && scorePrediction(p.span, p.item.question).f1 >= RIGHT_F1,
    }));
}

/** Fits a and b of sigmoid(a · logit(p) + b) by Newton's method (rounded to 4 decimals). */
export function fitCalibration(points: readonly { p: number; right: boolean }[]): Calibration {
  let a = 1;
  let b = 0;
  const xs = points.map((pt) => logit(pt.p));
  for (let iteration = 0; iteration < 50; iteration++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    points.forEach((pt, i) => {
      const x = xs[i]!;
      const q = 1 / (1 + Math.exp(-(a * x + b)));
      const d = q - (pt.right ? 1 : 0);
      const w = q * (1 - q);
      ga += d * x;
      gb += d;
      haa += w * x * x;
      hab += w * x;
      hbb += w;
    });
    const det = haa * hbb - hab * hab;
    if (!(det > 0)) break;
    // Newton's step, halved until the log-loss falls (a full step can overshoot when the scores
    // crowd at the ends: with the refusal models trained at rate 0.2 it ran off to a = 7e12).
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    const before = logLoss(xs, points, a, b);
    let step = 1;
    while (step > 1e-6 && !(logLoss(xs, points, a - step * da, b - step * db) <= before)) step /= 2;
    if (step <= 1e-6) break;
    a -= step * da;
    b -= step * db;
  }
  return { a: Math.round(a * 10000) / 10000, b: Math.round(b * 10000) / 10000 };
}

/** The mean log-loss of sigmoid(a · x + b) against the points' outcomes. */
function logLoss(xs: readonly number[], points: readonly { right: boolean }[], a: number, b: number): number {
  let sum = 0;
  points.forEach((pt, i) => {
    const z = a * xs[i]! + b;
    // log(1 + e^-z) for a right answer, log(1 + e^z) for a wrong one, computed stably.
    const m = pt.right ? -z : z;
    sum += m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m));
  });
  return sum / Math.max(1, points.length);
}

/** The raw score whose calibrated value is p (the inverse of `calibrated`). */
export const uncalibrated = (p: number, { a, b }: Calibration) => sigmoid((logit(p) - b) / a);
