/** The final model: fitted on every item, serialised with stable key order and rounded weights. */
import type { ModelWeights } from '../../src/qa/model.ts';
import type { Item } from './dataset.ts';
import { fit } from './fit.ts';

export function trainModel(items: readonly Item[], threshold: number): string {
  const { ranker, confidence, answerable }: Omit<ModelWeights, 'threshold'> = fit(items);
  // Four decimals: the confidence is a product of two probabilities, its threshold is small.
  const rounded = Math.round(threshold * 10000) / 10000;
  return `${JSON.stringify({ threshold: rounded, ranker, confidence, answerable }, null, 2)}\n`;
}
