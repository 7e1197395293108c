/**
 * A trick detector as boosted decision trees (scripts/train/boostTrees.ts): the sum of small trees'
 * leaves over the refusal features is the log-odds that the question is a real one. Each tree is
 * complete to `depth`, stored in heap order (node k's children are 2k + 1 and 2k + 2): a split
 * sends a feature's value ≤ its threshold to the left, a node that did not split (feature -1)
 * sends everything left.
 */
import type { Features } from '../../src/qa/features.ts';

export interface Tree {
  /** Per internal node: the index into `TreeEnsemble.features` it splits on, or -1. */
  feature: number[];
  /** Per internal node: values ≤ this go left. */
  threshold: number[];
  /** The 2^depth leaves' values (log-odds, shrinkage applied). */
  leaf: number[];
}

export interface TreeEnsemble {
  depth: number;
  /** The log-odds before any tree (the training share of real questions). */
  bias: number;
  /** The feature names the trees split on; a name a paragraph lacks reads as 0. */
  features: string[];
  trees: Tree[];
}

/** The ensemble's log-odds for one paragraph's refusal features. */
export function treeScore(ensemble: TreeEnsemble, features: Features): number {
  const x = ensemble.features.map((name) => features.get(name) ?? 0);
  const internal = (1 << ensemble.depth) - 1;
  let sum = ensemble.bias;
  for (const tree of ensemble.trees) {
    let node = 0;
    while (node < internal) {
      const f = tree.feature[node]!;
      node = 2 * node + (f >= 0 && x[f]! > tree.threshold[node]! ? 2 : 1);
    }
    sum += tree.leaf[node - internal]!;
  }
  return sum;
}
