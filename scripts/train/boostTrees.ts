/**
 * Gradient-boosted decision trees for a binary target (logistic loss, Newton leaves), written for
 * the trick detector (treeEnsemble.ts evaluates them). Deterministic: no sampling, examples and
 * features in a fixed order, ties broken by the first feature and the first threshold, leaves and
 * thresholds rounded before they are used, so the same data gives the same trees byte for byte.
 * Splits are searched over at most `maxBins` value bins per feature (histograms over the features'
 * non-zero entries: a paragraph's features are sparse).
 * Measured as the trick detector (quickRefusal.ts --trees, docs/answer-engine.md "The trick
 * detector: boosted trees …"): depth 3, 300 trees, shrinkage 0.1 separate tricks alone at AUC 0.743
 * against the logistic detector's 0.730, but the engine's score (span model × detector) falls
 * 0.713 → 0.652; not wired.
 */
import type { Features } from '../../src/qa/features.ts';
import type { Tree, TreeEnsemble } from './treeEnsemble.ts';

export interface BoostOptions {
  trees: number;
  depth: number;
  /** Shrinkage: each tree's leaves are scaled by it. */
  rate: number;
  /** L2 on the leaf values (added to the hessian sum). */
  lambda: number;
  /** A split needs at least this hessian (≈ examples × p(1 − p)) on each side. */
  minHessian: number;
  /** At most this many value bins per feature. */
  maxBins: number;
  /** A feature is split on only when at least this many examples have it non-zero. */
  minCount: number;
}

export interface WeightedExample {
  x: Features;
  y: number;
  weight?: number;
  /** A log-odds the trees start from (another model's), instead of the shared bias. */
  offset?: number;
}

const LEAF_DIGITS = 1e4;
const THRESHOLD_DIGITS = 1e6;

/** One feature's histogram bins over the training examples (entries off its zero bin only). */
interface Column {
  thresholds: number[];
  zeroBin: number;
  examples: Int32Array;
  bins: Uint8Array;
}

/** Fits `options.trees` trees on the examples (y 1 or 0), keeping the features `keep` accepts. */
export function boostTrees(
  examples: readonly WeightedExample[],
  options: BoostOptions,
  keep: (name: string) => boolean = () => true,
): TreeEnsemble {
  const { names, columns } = binColumns(examples, options, keep);
  const n = examples.length;
  const y = Float64Array.from(examples, (e) => e.y);
  const w = Float64Array.from(examples, (e) => e.weight ?? 1);
  let positive = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    positive += w[i]! * y[i]!;
    total += w[i]!;
  }
  const bias = roundTo(Math.log(Math.max(positive, 1e-9) / Math.max(total - positive, 1e-9)), LEAF_DIGITS);
  const offsets = examples.some((e) => e.offset !== undefined);
  const score = Float64Array.from(examples, (e) => (offsets ? (e.offset ?? 0) : bias));
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const trees: Tree[] = [];
  for (let t = 0; t < options.trees; t++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-score[i]!));
      g[i] = w[i]! * (p - y[i]!);
      h[i] = w[i]! * p * (1 - p);
    }
    const { tree, node } = growTree(columns, g, h, options);
    const internal = (1 << options.depth) - 1;
    for (let i = 0; i < n; i++) score[i] = score[i]! + tree.leaf[node[i]! - internal]!;
    trees.push(tree);
  }
  return compact({ depth: options.depth, bias: offsets ? 0 : bias, features: names, trees });
}

/** One tree grown level by level; `node` is each example's leaf (heap index). */
function growTree(
  columns: readonly Column[],
  g: Float64Array,
  h: Float64Array,
  { depth, lambda, minHessian, rate }: BoostOptions,
): { tree: Tree; node: Int32Array } {
  const n = g.length;
  const node = new Int32Array(n);
  const feature: number[] = [];
  const threshold: number[] = [];
  for (let level = 0; level < depth; level++) {
    const first = (1 << level) - 1;
    const width = 1 << level;
    const G = new Float64Array(width);
    const H = new Float64Array(width);
    for (let i = 0; i < n; i++) {
      add(G, node[i]! - first, g[i]!);
      add(H, node[i]! - first, h[i]!);
    }
    const best = bestSplits(columns, node, first, G, H, g, h, lambda, minHessian);
    for (let l = 0; l < width; l++) {
      const split = best[l];
      feature.push(split ? split.feature : -1);
      threshold.push(split ? columns[split.feature]!.thresholds[split.bin]! : 0);
    }
    // Each example to its child: the zero bin's side first, then the feature's non-zero entries.
    const next = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const split = best[node[i]! - first];
      const right = split && columns[split.feature]!.zeroBin > split.bin ? 1 : 0;
      next[i] = 2 * node[i]! + 1 + right;
    }
    for (let l = 0; l < width; l++) {
      const split = best[l];
      if (!split) continue;
      const c = columns[split.feature]!;
      for (let k = 0; k < c.examples.length; k++) {
        const i = c.examples[k]!;
        if (node[i] === first + l) next[i] = 2 * node[i]! + 1 + (c.bins[k]! > split.bin ? 1 : 0);
      }
    }
    node.set(next);
  }
  const internal = (1 << depth) - 1;
  const G = new Float64Array(internal + 1);
  const H = new Float64Array(internal + 1);
  for (let i = 0; i < n; i++) {
    add(G, node[i]! - internal, g[i]!);
    add(H, node[i]! - internal, h[i]!);
  }
  const leaf = Array.from(G, (s, l) =>
    H[l]! > 0 ? roundTo((-rate * s) / (H[l]! + lambda), LEAF_DIGITS) : 0,
  );
  return { tree: { feature, threshold, leaf }, node };
}

/** Per node of a level, the split of most gain (undefined: none clears the hessian floor or gains). */
function bestSplits(
  columns: readonly Column[],
  node: Int32Array,
  first: number,
  G: Float64Array,
  H: Float64Array,
  g: Float64Array,
  h: Float64Array,
  lambda: number,
  minHessian: number,
): ({ feature: number; bin: number; gain: number } | undefined)[] {
  const width = G.length;
  const best: ({ feature: number; bin: number; gain: number } | undefined)[] = new Array(width).fill(
    undefined,
  );
  const parent = Array.from(G, (s, l) => (s * s) / (H[l]! + lambda));
  columns.forEach((c, j) => {
    const bins = c.thresholds.length + 1;
    const hg = new Float64Array(width * bins);
    const hh = new Float64Array(width * bins);
    for (let k = 0; k < c.examples.length; k++) {
      const i = c.examples[k]!;
      const l = node[i]! - first;
      if (l < 0 || l >= width) continue;
      add(hg, l * bins + c.bins[k]!, g[i]!);
      add(hh, l * bins + c.bins[k]!, h[i]!);
    }
    for (let l = 0; l < width; l++) {
      // The zero bin holds what the non-zero entries leave of the node's totals.
      let sg = 0;
      let sh = 0;
      for (let b = 0; b < bins; b++) {
        sg += hg[l * bins + b]!;
        sh += hh[l * bins + b]!;
      }
      add(hg, l * bins + c.zeroBin, G[l]! - sg);
      add(hh, l * bins + c.zeroBin, H[l]! - sh);
      let lg = 0;
      let lh = 0;
      for (let b = 0; b + 1 < bins; b++) {
        lg += hg[l * bins + b]!;
        lh += hh[l * bins + b]!;
        const rg = G[l]! - lg;
        const rh = H[l]! - lh;
        if (lh < minHessian || rh < minHessian) continue;
        const gain = (lg * lg) / (lh + lambda) + (rg * rg) / (rh + lambda) - parent[l]!;
        if (gain > 1e-9 && gain > (best[l]?.gain ?? 0)) best[l] = { feature: j, bin: b, gain };
      }
    }
  });
  return best;
}

/** The kept features' bins: thresholds between distinct values (quantiles when there are many). */
function binColumns(
  examples: readonly WeightedExample[],
  { maxBins, minCount }: BoostOptions,
  keep: (name: string) => boolean,
): { names: string[]; columns: Column[] } {
  const entries = new Map<string, { i: number; v: number }[]>();
  examples.forEach(({ x }, i) =>
    x.forEach((v, name) => {
      if (v === 0 || !keep(name)) return;
      let list = entries.get(name);
      if (!list) entries.set(name, (list = []));
      list.push({ i, v });
    }),
  );
  const names: string[] = [];
  const columns: Column[] = [];
  for (const [name, list] of entries) {
    if (list.length < minCount) continue;
    const thresholds = cutPoints(
      list.map((e) => e.v),
      examples.length - list.length,
      maxBins,
    );
    if (!thresholds.length) continue;
    const binOf = (v: number) => {
      let b = 0;
      while (b < thresholds.length && v > thresholds[b]!) b++;
      return b;
    };
    const zeroBin = binOf(0);
    const kept = list.map((e) => ({ i: e.i, b: binOf(e.v) })).filter((e) => e.b !== zeroBin);
    names.push(name);
    columns.push({
      thresholds,
      zeroBin,
      examples: Int32Array.from(kept, (e) => e.i),
      bins: Uint8Array.from(kept, (e) => e.b),
    });
  }
  return { names, columns };
}

/** Midpoints between distinct values, at most maxBins − 1 of them (by counts: quantiles). */
function cutPoints(values: readonly number[], zeros: number, maxBins: number): number[] {
  const counts = new Map<number, number>();
  if (zeros > 0) counts.set(0, zeros);
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const distinct = [...counts.keys()].sort((a, b) => a - b);
  const n = values.length + zeros;
  const out: number[] = [];
  let seen = 0;
  for (let k = 0; k + 1 < distinct.length; k++) {
    const before = seen;
    seen += counts.get(distinct[k]!)!;
    // Cut after this value when it crosses into the next of maxBins equal shares (every value when few).
    const share = (m: number) => Math.floor((m * maxBins) / n);
    if (distinct.length > maxBins && share(seen) === share(before)) continue;
    const cut = roundTo((distinct[k]! + distinct[k + 1]!) / 2, THRESHOLD_DIGITS);
    if (cut > distinct[k]! && cut < distinct[k + 1]! && out.length + 1 < maxBins) out.push(cut);
  }
  return out;
}

/** The ensemble with only the features its trees split on (indexes renumbered). */
function compact(e: TreeEnsemble): TreeEnsemble {
  const used = [...new Set(e.trees.flatMap((t) => t.feature.filter((f) => f >= 0)))].sort((a, b) => a - b);
  const index = new Map(used.map((f, k) => [f, k]));
  return {
    ...e,
    features: used.map((f) => e.features[f]!),
    trees: e.trees.map((t) => ({ ...t, feature: t.feature.map((f) => (f >= 0 ? index.get(f)! : -1)) })),
  };
}

const add = (a: Float64Array, i: number, v: number) => {
  a[i] = a[i]! + v;
};
const roundTo = (x: number, scale: number) => Math.round(x * scale) / scale;
