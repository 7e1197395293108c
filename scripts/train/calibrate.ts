/**
 * Platt scaling: the refusal models' product is a ranking score, not a probability (their product
 * under-states how often an answer is right: cross-validated, answers scored 0.2–0.4 were right
 * 49 % of the time). A one-feature logistic regression over its log-odds, fitted on the pooled
 * cross-validated predictions of real questions, hand-written and news tricks (generated ones are
 * left out: they are not what users ask), maps it to the probability that the answer is right.
 * Newton's method from a fixed start: deterministic.
 */
import { calibratedParts, logit, sigmoid, stackedFeatures, type Calibration } from '../../src/qa/model.ts';
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

/** A cross-validated prediction as the stacked calibration reads it. */
export interface StackedPoint {
  right: number;
  real: number;
  wh: string;
  /** The span is right (an answerable question's span with F1 ≥ RIGHT_F1). */
  y: boolean;
}

/** Each prediction's two models' probabilities, question word and outcome (as `calibrationPoints`). */
export const stackedPoints = (preds: readonly Prediction[]): StackedPoint[] =>
  preds
    .filter((p) => p.item.source !== 'generated' && p.span !== null)
    .map((p) => ({
      right: p.right ?? 0,
      real: p.real ?? 0,
      wh: p.item.view.wh,
      y: !p.item.question.isImpossible && scorePrediction(p.span, p.item.question).f1 >= RIGHT_F1,
    }));

/**
 * Ridge on the stacked calibration's weights (not the bias): a question word seen a few times keeps
 * the shared slopes. Chosen by the nested cross-validation of `npm run train` (see crossValidate.ts).
 */
export const STACKED_L2 = 1;
/** Newton steps of the stacked fit (it converges in under 10). */
const STACKED_ITERATIONS = 25;

/** The stacked calibration: a logistic regression over `stackedFeatures`, by Newton's method from zero (4 decimals). */
export function fitStacked(points: readonly StackedPoint[], l2 = STACKED_L2): Record<string, number> {
  const rows = points.map((pt) => stackedFeatures(pt.right, pt.real, pt.wh));
  const names = [...new Set(rows.flatMap((f) => [...f.keys()]))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const dense = rows.map((f) => {
    const x = new Float64Array(names.length);
    f.forEach((v, n) => (x[index.get(n)!] = v));
    return x;
  });
  const w = new Float64Array(names.length);
  for (let iteration = 0; iteration < STACKED_ITERATIONS; iteration++) {
    const g = names.map((n, j) => (n === 'bias' ? 0 : l2 * w[j]!));
    const h = names.map((n, j) => names.map((_, k) => (j === k && n !== 'bias' ? l2 : 0)));
    dense.forEach((x, i) => {
      let z = 0;
      for (let j = 0; j < x.length; j++) z += w[j]! * x[j]!;
      const q = sigmoid(z);
      const d = q - (points[i]!.y ? 1 : 0);
      const s = Math.max(q * (1 - q), 1e-9);
      for (let j = 0; j < x.length; j++) {
        if (x[j] === 0) continue;
        g[j]! += d * x[j]!;
        for (let k = 0; k < x.length; k++) if (x[k] !== 0) h[j]![k]! += s * x[j]! * x[k]!;
      }
    });
    const step = solve(h, g);
    for (let j = 0; j < w.length; j++) w[j]! -= step[j]!;
  }
  return Object.fromEntries(names.map((n, j) => [n, Math.round(w[j]! * 10000) / 10000]));
}

/** Solves h · x = g by Gaussian elimination with partial pivoting (h is small and positive definite). */
function solve(h: number[][], g: number[]): number[] {
  const n = g.length;
  const a = h.map((row, i) => [...row, g[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[pivot]![c]!)) pivot = r;
    [a[c], a[pivot]] = [a[pivot]!, a[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = a[r]![c]! / a[c]![c]!;
      for (let k = c; k <= n; k++) a[r]![k]! -= f * a[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = a[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= a[r]![k]! * x[k]!;
    x[r] = s / a[r]![r]!;
  }
  return x;
}

/** A prediction's stacked probability under `stacked`. */
export const stackedConfidence = (p: Prediction, stacked: Record<string, number>) =>
  calibratedParts(p.right ?? 0, p.real ?? 0, p.item.view.wh, { a: 1, b: 0, stacked });
