import { describe, expect, it } from 'vitest';
import { loadSquad } from '../../scripts/eval/squad.ts';
import { buildItems } from '../../scripts/train/dataset.ts';
import { trainModel } from '../../scripts/train/trainModel.ts';

describe('npm run train', () => {
  it('GIVEN the same questions WHEN the model is trained twice THEN the weights file is identical byte for byte', async () => {
    const articles = (await loadSquad('../shared/squad/squad-1.1-dev-13-articles.json')).slice(0, 2);
    const first = trainModel(buildItems(articles, new Map(), 25), 0.5);
    const second = trainModel(buildItems(articles, new Map(), 25), 0.5);
    expect(second).toBe(first);
    const weights = JSON.parse(first) as {
      ranker: Record<string, number>;
      confidence: Record<string, number>;
    };
    // It learned something: the ranker has weights, and they are rounded.
    expect(Object.keys(weights.ranker).length).toBeGreaterThan(20);
    expect(Object.values(weights.ranker).every((w) => Math.round(w * 1e4) / 1e4 === w)).toBe(true);
  }, 120_000);
});
