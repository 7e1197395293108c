/** Fits the ranker and the refusal model on items, and predicts with them. */
import { candidateFeatures, sentenceMatches } from '../../src/qa/features.ts';
import type { ModelWeights } from '../../src/qa/model.ts';
import { judgeParagraph } from '../../src/qa/rankAnswer.ts';
import { candidatesWithRule } from '../../src/qa/paragraphAnalysis.ts';
import { tokenF1 } from '../eval/squad.ts';
import type { Item } from './dataset.ts';
import { fitRefusal, RIGHT_F1 } from './fitRefusal.ts';
import { toRecord, trainSoftmax, Vocabulary, type Sparse } from './optimize.ts';

/** Passes and rates: fixed, so training is reproducible; chosen by cross-validated F1 (see docs). */
export const RANKER_TRAINING = { epochs: 6, rate: 0.1, l2: 1e-4 };

const bestF1 = (text: string, answers: readonly string[]) =>
  Math.max(0, ...answers.map((g) => tokenF1(text, g)));

export function fitRanker(items: readonly Item[]): Record<string, number> {
  const vocabulary = new Vocabulary();
  const groups: { candidates: Sparse[]; target: Float64Array }[] = [];
  for (const item of items) {
    if (!item.gold || item.question.isImpossible) continue;
    const pa = item.gold;
    const candidates = candidatesWithRule(pa, item.goldRule);
    const scores = candidates.map((c) => bestF1(c.text, item.question.answers));
    const max = Math.max(0, ...scores);
    if (max < RIGHT_F1) continue;
    const hits = scores.filter((s) => s === max).length;
    const features = candidateFeatures(
      item.view,
      pa,
      sentenceMatches(item.view, pa),
      item.goldRule,
      candidates,
    );
    groups.push({
      candidates: features.map((f) => vocabulary.encode(f, true)),
      target: Float64Array.from(scores.map((s) => (s === max ? 1 / hits : 0))),
    });
  }
  return toRecord(vocabulary, trainSoftmax(groups, vocabulary.names.length, RANKER_TRAINING));
}

export interface Prediction {
  item: Item;
  answer: string | null;
  confidence: number;
  /** The best candidate's text whether or not the threshold lets it answer. */
  span: string | null;
}

/** Each item's best paragraph verdict under the weights (no threshold applied). */
export function predict(
  items: readonly Item[],
  weights: Pick<ModelWeights, 'ranker' | 'confidence' | 'answerable'>,
): Prediction[] {
  return items.map((item) => {
    let best: { text: string; confidence: number } | undefined;
    for (const { pa, retrieved } of item.read) {
      const v = judgeParagraph(weights, item.view, pa, retrieved);
      if (v && (!best || v.confidence > best.confidence))
        best = { text: v.best.text, confidence: v.confidence };
    }
    return { item, answer: best?.text ?? null, confidence: best?.confidence ?? 0, span: best?.text ?? null };
  });
}

/** The ranker learns from the SQuAD articles; the refusal models from every item (fitRefusal.ts). */
export function fit(items: readonly Item[]): Pick<ModelWeights, 'ranker' | 'confidence' | 'answerable'> {
  const ranker = fitRanker(items.filter((i) => i.source !== 'news'));
  return { ranker, ...fitRefusal(items, ranker) };
}
