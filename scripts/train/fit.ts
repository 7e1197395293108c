/** Fits the ranker and the refusal model on items, and predicts with them. */
import { candidateFeatures, sentenceMatches } from '../../src/qa/features.ts';
import type { ModelWeights } from '../../src/qa/model.ts';
import { judgeParagraph } from '../../src/qa/rankAnswer.ts';
import { candidatesWithRule } from '../../src/qa/paragraphAnalysis.ts';
import { tokenF1 } from '../eval/squad.ts';
import type { Item } from './dataset.ts';
import { fitRefusal, RIGHT_F1 } from './fitRefusal.ts';
import { toRecord, trainSoftmax, Vocabulary, type Sparse } from './optimize.ts';

/**
 * Passes and rates: fixed, so training is reproducible; chosen by cross-validated F1. The ranker's:
 * gold-paragraph ranker F1 (scripts/train/quickRanker.ts) 48.5 at 6 passes, 48.9 at 12, 49.1 at 20;
 * l2 1e-3 49.6 vs 1e-4 49.5 (with 20k lexical features); averaging the passes 49.9 vs 49.5;
 * rate 0.2 48.4, 0.3 47.6. `minQuestions`: the weights keep only features seen in at least that
 * many training questions — 51.60 with 12,024 features kept of 51,198, 51.59 with all (the path
 * features make many rare ones; the weights file must stay ≤ 1 MB).
 */
export const RANKER_TRAINING = { epochs: 12, rate: 0.1, l2: 1e-3, average: true, minQuestions: 3 };

const bestF1 = (text: string, answers: readonly string[]) =>
  Math.max(0, ...answers.map((g) => tokenF1(text, g)));

/** An answerable item's gold-paragraph candidates, encoded, with each one's token F1 against the gold answers. */
export interface RankerGroup {
  candidates: Sparse[];
  texts: string[];
  scores: number[];
  /** Each candidate's sentence index (diagnostics). */
  sentences: number[];
}

export function rankerGroup(item: Item, vocabulary: Vocabulary, grow: boolean): RankerGroup | undefined {
  if (!item.gold || item.question.isImpossible) return undefined;
  const pa = item.gold;
  const candidates = candidatesWithRule(pa, item.goldRule);
  const features = candidateFeatures(
    item.view,
    pa,
    sentenceMatches(item.view, pa),
    item.goldRule,
    candidates,
  );
  const encoded = features.map((f) => vocabulary.encode(f, grow));
  if (grow) vocabulary.countGroup(encoded);
  return {
    candidates: encoded,
    texts: candidates.map((c) => c.text),
    sentences: candidates.map((c) => c.sentence),
    scores: candidates.map((c) => bestF1(c.text, item.question.answers)),
  };
}

/** The softmax's training groups: the candidates with the best F1 (≥ RIGHT_F1) share the target. */
export function trainingGroups(groups: readonly (RankerGroup | undefined)[]) {
  const out: { candidates: Sparse[]; target: Float64Array }[] = [];
  for (const g of groups) {
    if (!g) continue;
    const max = Math.max(0, ...g.scores);
    if (max < RIGHT_F1) continue;
    const hits = g.scores.filter((s) => s === max).length;
    out.push({
      candidates: g.candidates,
      target: Float64Array.from(g.scores.map((s) => (s === max ? 1 / hits : 0))),
    });
  }
  return out;
}

export function fitRanker(items: readonly Item[]): Record<string, number> {
  const vocabulary = new Vocabulary();
  const groups = trainingGroups(items.map((item) => rankerGroup(item, vocabulary, true)));
  return toRecord(
    vocabulary,
    trainSoftmax(groups, vocabulary.names.length, RANKER_TRAINING),
    4,
    RANKER_TRAINING.minQuestions,
  );
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
