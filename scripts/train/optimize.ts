/**
 * Deterministic training of the two logistic models: examples in a fixed order, a fixed number of
 * AdaGrad passes, no randomness, so the same data gives the same weights byte for byte.
 */
import type { Features } from '../../src/qa/features.ts';

export interface Sparse {
  idx: Int32Array;
  val: Float32Array;
}

/** Feature names ↔ indexes, in order of first sight (deterministic for a fixed data order). */
export class Vocabulary {
  readonly index = new Map<string, number>();
  readonly names: string[] = [];
  /** Per feature: in how many groups (questions) it was seen, when the caller counts them (`countGroup`). */
  readonly groups: number[] = [];

  /** Counts each feature of a group's encoded candidates once. */
  countGroup(candidates: readonly Sparse[]): void {
    const seen = new Set<number>();
    for (const x of candidates) for (const i of x.idx) seen.add(i);
    for (const i of seen) this.groups[i] = (this.groups[i] ?? 0) + 1;
  }

  /** Whether feature i was seen in at least `min` groups (always, when min is 0). */
  frequent(i: number, min: number): boolean {
    return min <= 0 || (this.groups[i] ?? 0) >= min;
  }

  encode(features: Features, grow: boolean): Sparse {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [name, value] of features) {
      let i = this.index.get(name);
      if (i === undefined) {
        if (!grow) continue;
        i = this.names.length;
        this.index.set(name, i);
        this.names.push(name);
      }
      idx.push(i);
      val.push(value);
    }
    return { idx: Int32Array.from(idx), val: Float32Array.from(val) };
  }
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  /** Return the mean of the weights after each pass instead of the last (smoother, generalises better). */
  average?: boolean;
}

const score = (w: Float64Array, x: Sparse) => {
  let s = 0;
  for (let k = 0; k < x.idx.length; k++) s += w[x.idx[k]!]! * x.val[k]!;
  return s;
};

/** A softmax ranker: per group, cross-entropy against a target distribution over its candidates. */
export function trainSoftmax(
  groups: readonly { candidates: Sparse[]; target: Float64Array }[],
  dims: number,
  { epochs, rate, l2, average = false }: TrainOptions,
): Float64Array {
  const w = new Float64Array(dims);
  const g2 = new Float64Array(dims).fill(1e-8);
  const sum = new Float64Array(dims);
  for (let epoch = 0; epoch < epochs; epoch++) {
    if (average && epoch > 0) for (let i = 0; i < dims; i++) sum[i] = sum[i]! + w[i]!;
    for (const { candidates, target } of groups) {
      const scores = candidates.map((x) => score(w, x));
      const max = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - max));
      const sum = exps.reduce((a, b) => a + b, 0);
      const grad = new Map<number, number>();
      candidates.forEach((x, c) => {
        const d = exps[c]! / sum - target[c]!;
        if (d === 0) return;
        for (let k = 0; k < x.idx.length; k++)
          grad.set(x.idx[k]!, (grad.get(x.idx[k]!) ?? 0) + d * x.val[k]!);
      });
      for (const [i, g] of grad) {
        const total = g + l2 * w[i]!;
        g2[i] = g2[i]! + total * total;
        w[i] = w[i]! - (rate * total) / Math.sqrt(g2[i]!);
      }
    }
  }
  if (average) {
    for (let i = 0; i < dims; i++) sum[i] = (sum[i]! + w[i]!) / epochs;
    return sum;
  }
  return w;
}

/** Logistic regression: P(y = 1 | x). */
export function trainLogistic(
  examples: readonly { x: Sparse; y: number }[],
  dims: number,
  { epochs, rate, l2 }: TrainOptions,
): Float64Array {
  const w = new Float64Array(dims);
  const g2 = new Float64Array(dims).fill(1e-8);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const { x, y } of examples) {
      const p = 1 / (1 + Math.exp(-score(w, x)));
      const d = p - y;
      for (let k = 0; k < x.idx.length; k++) {
        const i = x.idx[k]!;
        const total = d * x.val[k]! + l2 * w[i]!;
        g2[i] = g2[i]! + total * total;
        w[i] = w[i]! - (rate * total) / Math.sqrt(g2[i]!);
      }
    }
  }
  return w;
}

/** Weights as a plain object: sorted keys, rounded, near-zero weights dropped. */
export function toRecord(
  vocabulary: Vocabulary,
  w: Float64Array,
  digits = 4,
  minGroups = 0,
): Record<string, number> {
  const out: Record<string, number> = {};
  const scale = 10 ** digits;
  const pairs = vocabulary.names.map(
    (name, i) => [name, vocabulary.frequent(i, minGroups) ? Math.round(w[i]! * scale) / scale : 0] as const,
  );
  for (const [name, value] of pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)))
    if (value !== 0) out[name] = value;
  return out;
}
