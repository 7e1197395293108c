/** The final model: fitted on every item, serialised with stable key order and rounded weights. */
import type { ModelWeights } from '../../src/qa/model.ts';
import type { Item } from './dataset.ts';
import { fit } from './fit.ts';

/** The weights file's text: stable key order, the threshold to 4 decimals (the confidence is a product of two probabilities, its threshold small). */
export function serializeWeights(weights: Omit<ModelWeights, 'threshold'>, threshold: number): string {
  const { ranker, confidence, answerable, choice, calibration } = weights;
  const rounded = Math.round(threshold * 10000) / 10000;
  return `${JSON.stringify({ threshold: rounded, calibration, choice, ranker, confidence, answerable }, null, 2)}\n`;
}

export function trainModel(items: readonly Item[], threshold: number): string {
  return serializeWeights(fit(items), threshold);
}
