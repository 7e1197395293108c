/**
 * A quick measure of the refusal models alone, for trying trick cues: under the committed ranker,
 * each read paragraph's best span and refusal features, then the two refusal models refitted per
 * fold (leave-articles-out, as `npm run train`) and scored: AUC hand-written tricks vs real SQuAD
 * questions, and the real questions refused at fixed shares of the tricks refused.
 * `npx tsx scripts/train/quickRefusal.ts [--cache FILE] [--limit N] [--dump FILE]`: with --cache,
 * retrieval and the rule answers are read from FILE when it exists and written to it otherwise.
 * --dump writes each question's best span, confidence and firing cues (error analysis). --drop
 * A,B also scores the models fitted without the features whose names contain A or B (an ablation,
 * from the same feature pass). --trees D,N,R[,lambda,minHessian,maxBins,minCount];… scores the trick
 * detector as boosted trees (boostTrees.ts: depth, trees, shrinkage) in the same folds, its log-odds
 * times each of --scales S,… (default 1).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { committedWeights, dot, sigmoid } from '../../src/qa/model.ts';
import { loadSquad, scorePrediction, type SquadQuestion } from '../eval/squad.ts';
import { FOLDS, thresholdRefusing } from './crossValidate.ts';
import { buildItems, type Item } from './dataset.ts';
import {
  fitRefusalOn,
  fitTrickTrees,
  REFUSAL_TRAINING,
  refusalExamples,
  type RefusalExample,
} from './fitRefusal.ts';
import type { BoostOptions } from './boostTrees.ts';
import type { Features } from '../../src/qa/features.ts';
import { treeScore } from './treeEnsemble.ts';
import type { Prediction } from './fit.ts';
import { loadItems, saveItems } from './itemCache.ts';
import { auc } from './report.ts';

const SQUAD = '../shared/squad/squad-1.1-dev-13-articles.json';
const HAND_WRITTEN = 'data/unanswerable/squad-13-unanswerable.json';
const NEWS = 'data/train/news-squad2.json';

async function readItems(cache: string | undefined, limit: number): Promise<Item[]> {
  const squad = await loadSquad(SQUAD);
  const news = existsSync(NEWS) ? await loadSquad(NEWS) : [];
  const articles = [...squad, ...news];
  if (cache && existsSync(cache)) return loadItems(articles, JSON.parse(readFileSync(cache, 'utf8')));
  const extra = new Map<string, SquadQuestion[]>();
  for (const a of await loadSquad(HAND_WRITTEN))
    extra.set(a.title, [
      ...(extra.get(a.title) ?? []),
      ...a.paragraphs.flatMap((p) => p.qas.filter((q) => q.isImpossible)),
    ]);
  const items = [
    ...buildItems(squad, extra, limit),
    ...buildItems(news, new Map(), limit, { generated: false, source: 'news', firstArticle: squad.length }),
  ];
  if (cache) writeFileSync(cache, JSON.stringify(saveItems(items)));
  return items;
}

/** Each item predicted by the refusal models fitted on the other folds (the best paragraph's product). */
function crossValidated(
  items: readonly Item[],
  verdicts: readonly (readonly RefusalExample[])[],
  training = REFUSAL_TRAINING,
  goldOnly = false,
  newsWeight?: number,
  trees?: BoostOptions,
  scale = 1,
): (Prediction & { cues: string; detector: number })[] {
  return treesScaled(items, verdicts, training, goldOnly, newsWeight, trees, [scale])[0]!;
}

/** crossValidated with the tree detector's log-odds times each of `scales` (the trees fitted once per fold). */
function treesScaled(
  items: readonly Item[],
  verdicts: readonly (readonly RefusalExample[])[],
  training: typeof REFUSAL_TRAINING,
  goldOnly: boolean,
  newsWeight: number | undefined,
  trees: BoostOptions | undefined,
  scales: readonly number[],
  residual = false,
): (Prediction & { cues: string; detector: number })[][] {
  const out = scales.map(() => [] as (Prediction & { cues: string; detector: number })[]);
  for (let fold = 0; fold < FOLDS; fold++) {
    const inTrain = (_: unknown, i: number) => items[i]!.article % FOLDS !== fold;
    const w = fitRefusalOn(items.filter(inTrain), verdicts.filter(inTrain), training, goldOnly, newsWeight);
    const offset = residual ? (x: Features) => dot(w.answerable!, x) : undefined;
    const ensemble = trees
      ? fitTrickTrees(items.filter(inTrain), verdicts.filter(inTrain), trees, newsWeight, offset)
      : undefined;
    scales.forEach((scale, s) => predictFold(items, verdicts, fold, w, ensemble, scale, out[s]!, residual));
  }
  return out;
}

function predictFold(
  items: readonly Item[],
  verdicts: readonly (readonly RefusalExample[])[],
  fold: number,
  w: ReturnType<typeof fitRefusalOn>,
  ensemble: ReturnType<typeof fitTrickTrees> | undefined,
  scale: number,
  pooled: (Prediction & { cues: string; detector: number })[],
  residual = false,
): void {
  items.forEach((item, i) => {
    if (item.article % FOLDS !== fold) return;
    let best: { text: string; confidence: number; cues: string; detector: number } | undefined;
    for (const v of verdicts[i]!) {
      const detector = sigmoid(
        ensemble
          ? scale * treeScore(ensemble, v.refusal) + (residual ? dot(w.answerable!, v.refusal) : 0)
          : dot(w.answerable!, v.refusal),
      );
      const confidence = sigmoid(dot(w.confidence, v.refusal)) * detector;
      if (!best || confidence > best.confidence)
        best = {
          text: v.text,
          confidence,
          detector,
          cues: [...v.refusal.keys()].filter((k) => k.startsWith('cue:')).join(' '),
        };
    }
    pooled.push({
      item,
      answer: best?.text ?? null,
      span: best?.text ?? null,
      confidence: best?.confidence ?? 0,
      detector: best?.detector ?? 0,
      cues: best?.cues ?? '',
    });
  });
}

async function main(argv: string[]) {
  const started = performance.now();
  const option = (name: string) =>
    argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined;
  const items = await readItems(option('cache'), Number(option('limit') ?? Infinity));
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  console.log(`${items.length} questions in ${elapsed()}`);
  const { ranker } = committedWeights();
  const verdicts = refusalExamples(items, ranker);
  console.log(`features in ${elapsed()}`);
  const trainingOf = (setting: string) => {
    const [epochs, rate, l2] = setting.split(',').map(Number);
    return { epochs: epochs!, rate: rate!, l2: l2! };
  };
  const base = option('base');
  const training = base ? trainingOf(base) : REFUSAL_TRAINING;
  const pooled = crossValidated(items, verdicts, training);
  const report = (name: string, preds: typeof pooled, source: Item['source']) => {
    const real = preds.filter((p) => !p.item.question.isImpossible);
    const detectorAuc = auc(
      preds.map((p) => ({ ...p, confidence: p.detector })),
      source,
    );
    console.log(`${name}: AUC ${auc(preds, source).toFixed(3)} (detector alone ${detectorAuc.toFixed(3)})`);
    const kinds = [...new Set(preds.map((p) => p.item.question.trick).filter((t) => t !== undefined))].sort();
    const byKind = kinds.map((kind) => {
      const some = preds.filter((p) => !p.item.question.isImpossible || p.item.question.trick === kind);
      return `${kind} ${auc(some, source).toFixed(3)}`;
    });
    if (byKind.length) console.log(`  by trick: ${byKind.join(', ')}`);
    for (const share of [0.5, 0.6, 0.7, 0.8, 0.85]) {
      const t = thresholdRefusing(preds, share, source);
      const refused = real.filter((p) => p.confidence < t).length / real.length;
      const f1 =
        real.reduce(
          (s, p) => s + (p.confidence >= t ? scorePrediction(p.answer, p.item.question).f1 : 0),
          0,
        ) / real.length;
      console.log(
        `  ${share * 100} % of tricks refused: real refused ${(refused * 100).toFixed(1)} %, HasAns F1 ${(f1 * 100).toFixed(1)}`,
      );
    }
  };
  /** A variant's SQuAD predictions (against the hand-written tricks), then its news ones. */
  const reportBoth = (name: string, preds: typeof pooled) => {
    report(
      name,
      preds.filter((p) => p.item.source !== 'news'),
      'hand-written',
    );
    report(
      'news, same',
      preds.filter((p) => p.item.source === 'news'),
      'news',
    );
  };
  // Variants from the same features: --drop A,B;C (each group an ablation), --training E,R,L;… (passes, rate, l2).
  for (const group of option('drop')?.split(';') ?? []) {
    const drop = group.split(',');
    const without = verdicts.map((vs) =>
      vs.map((v) => ({
        ...v,
        refusal: new Map([...v.refusal].filter(([k]) => !drop.some((d) => k.includes(d)))),
      })),
    );
    const other = crossValidated(items, without, training);
    reportBoth(`SQuAD without ${group}`, other);
  }
  for (const weight of option('news-weight')?.split(',') ?? []) {
    const other = crossValidated(items, verdicts, training, false, Number(weight));
    reportBoth(`SQuAD, news counted ${weight} times in the detector`, other);
  }
  if (argv.includes('--gold-only')) {
    const other = crossValidated(items, verdicts, training, true);
    reportBoth('SQuAD, detector on gold paragraphs', other);
  }
  // --trees depth,trees,rate,lambda,minHessian,maxBins,minCount;… : the detector as boosted trees.
  for (const setting of option('trees')?.split(';') ?? []) {
    const [depth, count, rate, lambda, minHessian, maxBins, minCount] = setting.split(',').map(Number);
    const options = {
      depth: depth!,
      trees: count!,
      rate: rate!,
      lambda: lambda ?? 1,
      minHessian: minHessian ?? 1,
      maxBins: maxBins ?? 32,
      minCount: minCount ?? 20,
    };
    const t0 = performance.now();
    const scales = (option('scales') ?? '1').split(',').map(Number);
    const residual = argv.includes('--residual');
    const variants = treesScaled(items, verdicts, training, false, undefined, options, scales, residual);
    const took = ((performance.now() - t0) / 1000).toFixed(1);
    variants.forEach((other, s) =>
      reportBoth(`SQuAD, detector as trees ${setting}, log-odds × ${scales[s]} (${took} s)`, other),
    );
  }
  for (const setting of option('training')?.split(';') ?? []) {
    const other = crossValidated(items, verdicts, trainingOf(setting));
    reportBoth(`SQuAD trained ${setting}`, other);
  }
  report(
    'SQuAD',
    pooled.filter((p) => p.item.source !== 'news'),
    'hand-written',
  );
  report(
    'news',
    pooled.filter((p) => p.item.source === 'news'),
    'news',
  );
  const dump = option('dump');
  if (dump)
    writeFileSync(
      dump,
      pooled
        .filter((p) => p.item.source !== 'generated')
        .map((p) =>
          [
            p.item.source,
            p.item.question.isImpossible ? 'trick' : 'real',
            p.item.question.trick ?? '',
            p.confidence.toFixed(3),
            p.detector.toFixed(3),
            p.item.question.question,
            p.span,
            p.cues,
          ].join('\t'),
        )
        .join('\n'),
    );
  console.log(elapsed());
}

await main(process.argv.slice(2));
