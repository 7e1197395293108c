/** The final model: fitted on every item, serialised with stable key order and rounded weights. */
import type { ModelWeights } from '../../src/qa/model.ts';
import type { Item } from './dataset.ts';
import { fit } from './fit.ts';

export function trainModel(items: readonly Item[], threshold: number): string {
  const weights: ModelWeights = { ...fit(items), threshold: Math.round(threshold * 1000) / 1000 };
  return `${JSON.stringify({ threshold: weights.threshold, ranker: weights.ranker, confidence: weights.confidence }, null, 2)}\n`;
}
