/** Fits the ranker and the refusal model on items, and predicts with them. */
import { choiceFeatures, chosenIndex } from '../../src/qa/chooseParagraph.ts';
import { candidateFeatures, sentenceMatches, type Features } from '../../src/qa/features.ts';
import { dot, sigmoid, type ModelWeights } from '../../src/qa/model.ts';
import { asRead, judgeParagraph } from '../../src/qa/rankAnswer.ts';
import { candidatesWithRule } from '../../src/qa/paragraphAnalysis.ts';
import { tokenF1 } from '../eval/squad.ts';
import type { Item } from './dataset.ts';
import { fitRefusal, RIGHT_F1 } from './fitRefusal.ts';
import { toRecord, trainSoftmax, Vocabulary, type Sparse } from './optimize.ts';

/**
 * Passes and rates: fixed, so training is reproducible; chosen by cross-validated F1. The ranker's:
 * gold-paragraph ranker F1 (scripts/train/quickRanker.ts) 48.5 at 6 passes, 48.9 at 12, 49.1 at 20;
 * l2 1e-3 49.6 vs 1e-4 49.5 (with 20k lexical features); averaging the passes 49.9 vs 49.5;
 * rate 0.2 48.4, 0.3 47.6. With today's features: l2 3e-4 51.38, 1e-3 51.34, 3e-3 51.63, 1e-2
 * 51.71 (52.08 with the span's place to the question's verb), 3e-2 51.14; 8 passes 51.52, 20 51.22;
 * rate 0.05 51.37, 0.15 50.30. l2 1e-2 with the verb's place was retrained in full and not kept:
 * held-out news fell 66.1 → 64.7 (docs/answer-engine.md, "Ranker features and fitting tried").
 * `minQuestions`: the weights keep only features seen in at least that many training questions —
 * 51.60 with 12,024 features kept of 51,198, 51.59 with all (the path features make many rare ones;
 * the weights file must stay ≤ 1 MB); 6 questions 51.99 vs 3 52.08 (l2 1e-2, with the verb's place).
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
  const pa = asRead(item.view, item.gold);
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
  /** The chosen paragraph is the gold one (cite@1). */
  citedGold?: boolean;
  /** The chosen paragraph's span model and trick detector (raw probabilities; their product is `confidence`). */
  right?: number;
  real?: number;
  /** Every judged paragraph (diagnostics, `npm run train -- --dump-cv`): span model, detector, choice score, span F1, gold. */
  paragraphs?: { r: number; d: number; score: number; f1: number; gold: boolean }[];
}

/** An item's read paragraphs as judged under some weights: what the paragraph choice needs. */
export interface Judged {
  item: Item;
  /** Per judged paragraph: its best span, raw confidence and choice features (chooseParagraph.ts). */
  texts: string[];
  raw: number[];
  /** Per judged paragraph: the span model's and the trick detector's probabilities. */
  parts?: [number, number][];
  choice: Features[];
  /** Which paragraphs are the gold one. */
  gold: boolean[];
}

/** Judges each item's read paragraphs under the weights. */
export function judgeItems(
  items: readonly Item[],
  weights: Pick<ModelWeights, 'ranker' | 'confidence' | 'answerable'>,
): Judged[] {
  return items.map((item) => {
    const gold: boolean[] = [];
    const verdicts = item.read.flatMap(({ pa, retrieved }) => {
      const v = judgeParagraph(weights, item.view, pa, retrieved);
      if (v) gold.push(pa === item.gold || pa.paragraph.number === item.gold?.paragraph.number);
      return v ? [v] : [];
    });
    return {
      item,
      gold,
      texts: verdicts.map((v) => v.best.text),
      raw: verdicts.map((v) => v.raw),
      parts: verdicts.map((v) => [
        sigmoid(dot(weights.confidence, v.refusal)),
        sigmoid(dot(weights.answerable ?? {}, v.refusal)),
      ]),
      choice: verdicts.length ? choiceFeatures(verdicts) : [],
    };
  });
}

/** Each judged item's chosen paragraph (no threshold applied); its raw confidence is the prediction's. */
export function predictChosen(judged: readonly Judged[], choice?: Record<string, number>): Prediction[] {
  return judged.map(({ item, texts, raw, parts, choice: features, gold }) => {
    const at = chosenIndex(choice, raw, features);
    const text = at >= 0 ? texts[at]! : null;
    const [right, real] = parts?.[at] ?? [0, 0];
    const scores = choice ? features.map((f) => dot(choice, f)) : raw;
    const paragraphs = texts.map((t, i) => ({
      r: parts?.[i]?.[0] ?? 0,
      d: parts?.[i]?.[1] ?? 0,
      score: scores[i]!,
      f1: item.question.isImpossible ? 0 : bestF1(t, item.question.answers),
      gold: !!gold[i],
    }));
    return {
      paragraphs,
      item,
      answer: text,
      confidence: at >= 0 ? raw[at]! : 0,
      span: text,
      citedGold: !!gold[at],
      right,
      real,
    };
  });
}

/** Each item's chosen paragraph verdict under the weights (no threshold applied). */
export const predict = (
  items: readonly Item[],
  weights: Pick<ModelWeights, 'ranker' | 'confidence' | 'answerable' | 'choice'>,
): Prediction[] => predictChosen(judgeItems(items, weights), weights.choice);

/**
 * The paragraph choice's passes and rates: fixed, so training is reproducible. It is not sensitive
 * to them (scripts/train/quickChoice.ts, cross-validated SQuAD HasAns F1 answering everything /
 * cite@1): 10 passes 44.4 / 80.0 %, 5 or 20 passes 44.4 / 80.1 %, rate 0.3 44.4 / 79.9 %, rate 0.03
 * 44.3 / 79.8 %, l2 1e-3 44.4 / 80.1 %.
 */
export const CHOICE_TRAINING = { epochs: 10, rate: 0.1, l2: 1e-4, average: true };

/**
 * Fits the paragraph choice on judged items (cross-validated judgements, so the choice learns how
 * the models score paragraphs they were not fitted on): per answerable question with a right span,
 * a softmax over its paragraphs whose target is the paragraphs with the best span F1.
 */
export function fitChoice(judged: readonly Judged[], training = CHOICE_TRAINING): Record<string, number> {
  const vocabulary = new Vocabulary();
  const groups: { candidates: Sparse[]; target: Float64Array }[] = [];
  for (const { item, texts, choice } of judged) {
    if (item.question.isImpossible || texts.length < 2) continue;
    const scores = texts.map((t) => bestF1(t, item.question.answers));
    const max = Math.max(...scores);
    if (max < RIGHT_F1 || scores.every((s) => s === max)) continue;
    const hits = scores.filter((s) => s === max).length;
    groups.push({
      candidates: choice.map((f) => vocabulary.encode(f, true)),
      target: Float64Array.from(scores.map((s) => (s === max ? 1 / hits : 0))),
    });
  }
  return toRecord(vocabulary, trainSoftmax(groups, vocabulary.names.length, training));
}

/** The ranker learns from the SQuAD articles; the refusal models from every item (fitRefusal.ts). */
export function fit(items: readonly Item[]): Pick<ModelWeights, 'ranker' | 'confidence' | 'answerable'> {
  const ranker = fitRanker(items.filter((i) => i.source !== 'news'));
  return { ranker, ...fitRefusal(items, ranker) };
}
