import { describe, expect, it } from 'vitest';
import { boostTrees, type WeightedExample } from '../../scripts/train/boostTrees.ts';
import { treeScore } from '../../scripts/train/treeEnsemble.ts';

/** Questions that are real unless a name is missing AND the sentence covers little (an interaction). */
function interactionData(): WeightedExample[] {
  const out: WeightedExample[] = [];
  for (let i = 0; i < 400; i++) {
    const missing = i % 2 === 0;
    const overlap = (i % 10) / 10;
    const x = new Map<string, number>([['sentence-overlap', overlap]]);
    if (missing) x.set('missing-name', 1);
    if (i % 3 === 0) x.set('noise', 1);
    out.push({ x, y: missing && overlap < 0.5 ? 0 : 1 });
  }
  return out;
}

const OPTIONS = { trees: 40, depth: 2, rate: 0.3, lambda: 1, minHessian: 1, maxBins: 16, minCount: 5 };

describe('boosted trees for the trick detector', () => {
  it('GIVEN tricks that need two cues together WHEN trees are boosted THEN they score the tricks below every real question', () => {
    const data = interactionData();
    const ensemble = boostTrees(data, OPTIONS);
    const trick = treeScore(
      ensemble,
      new Map([
        ['missing-name', 1],
        ['sentence-overlap', 0.2],
      ]),
    );
    const nameOnly = treeScore(
      ensemble,
      new Map([
        ['missing-name', 1],
        ['sentence-overlap', 0.8],
      ]),
    );
    const overlapOnly = treeScore(ensemble, new Map([['sentence-overlap', 0.2]]));
    expect(trick).toBeLessThan(-2);
    expect(nameOnly).toBeGreaterThan(2);
    expect(overlapOnly).toBeGreaterThan(2);
    expect(ensemble.features).not.toContain('noise');
  });

  it('GIVEN the same examples WHEN boosted twice THEN the trees are identical byte for byte', () => {
    const a = JSON.stringify(boostTrees(interactionData(), OPTIONS));
    const b = JSON.stringify(boostTrees(interactionData(), OPTIONS));
    expect(b).toBe(a);
    expect(JSON.parse(a).trees).toHaveLength(OPTIONS.trees);
  });

  it('GIVEN another model that misses the interaction WHEN trees are boosted from its log-odds THEN they correct it and carry no bias of their own', () => {
    // The other model knows only the missing name: it calls every question with one a trick.
    const data = interactionData().map((e) => ({ ...e, offset: e.x.has('missing-name') ? -3 : 3 }));
    const ensemble = boostTrees(data, OPTIONS);
    expect(ensemble.bias).toBe(0);
    const nameHighOverlap = new Map([
      ['missing-name', 1],
      ['sentence-overlap', 0.8],
    ]);
    const nameLowOverlap = new Map([
      ['missing-name', 1],
      ['sentence-overlap', 0.2],
    ]);
    expect(-3 + treeScore(ensemble, nameHighOverlap)).toBeGreaterThan(0);
    expect(-3 + treeScore(ensemble, nameLowOverlap)).toBeLessThan(-3);
  });

  it('GIVEN a feature seen in fewer examples than minCount WHEN boosted THEN no tree splits on it', () => {
    const data = interactionData().map((e, i) => (i < 3 ? { ...e, x: new Map([...e.x, ['rare', 1]]) } : e));
    expect(boostTrees(data, OPTIONS).features).not.toContain('rare');
  });
});
