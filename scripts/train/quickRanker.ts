/**
 * A quick measure of the span ranker alone, for trying features: leave-articles-out cross-validated
 * HasAns F1 of the ranker's best candidate of the gold paragraph (no retrieval, no refusal), overall
 * and per question word. `npx tsx scripts/train/quickRanker.ts [--cache FILE] [--dump FILE] [--epochs N] [--rate R] [--l2 L] [--min M]`
 * (each a value, or a comma-separated list to try every combination): with --cache, the
 * retrieval and rule answers (which the ranker's code does not change) are read from FILE when it
 * exists and written to it otherwise, so a run costs tagging and training only.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { analyzeQuestion } from '../../src/qa/analyzeQuestion.ts';
import { whClassOf } from '../../src/qa/questionType.ts';
import { loadSquad, scorePrediction } from '../eval/squad.ts';
import { FOLDS } from './crossValidate.ts';
import { buildItems, type Item } from './dataset.ts';
import { RANKER_TRAINING, rankerGroup, trainingGroups, type RankerGroup } from './fit.ts';
import { trainSoftmax, Vocabulary, type TrainOptions } from './optimize.ts';
import { loadItems, saveItems } from './itemCache.ts';

const SQUAD = '../shared/squad/squad-1.1-dev-13-articles.json';

/** Every combination of the options' values (`--l2 1e-3,3e-3` tries both). */
function grid(options: {
  epochs: number[];
  rate: number[];
  l2: number[];
  min: number[];
  average: boolean;
}): Config[] {
  return options.epochs.flatMap((epochs) =>
    options.rate.flatMap((rate) =>
      options.l2.flatMap((l2) =>
        options.min.map((minQuestions) => ({ epochs, rate, l2, minQuestions, average: options.average })),
      ),
    ),
  );
}

type Config = TrainOptions & { minQuestions: number };

/** The index of the highest score of a group under weights w. */
function bestIndex(group: RankerGroup, w: Float64Array): number {
  let best = -1;
  let top = -Infinity;
  group.candidates.forEach((x, c) => {
    let s = 0;
    for (let k = 0; k < x.idx.length; k++) s += w[x.idx[k]!]! * x.val[k]!;
    if (s > top) [best, top] = [c, s];
  });
  return best;
}

/** Trains and scores one configuration, fold by fold, and prints F1 overall and per question word. */
function evaluate(
  items: readonly Item[],
  groups: readonly RankerGroup[],
  vocabulary: Vocabulary,
  training: Config,
  dump: object[] | undefined,
) {
  const rows = new Map<string, { n: number; f1: number }>();
  let total = 0;
  let wrongSentence = 0;
  let rightSentenceWrongSpan = 0;
  let reachable = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = trainingGroups(groups.filter((_, i) => items[i]!.article % FOLDS !== fold));
    const w = trainSoftmax(train, vocabulary.names.length, training);
    // The committed file keeps only features seen in enough questions (toRecord); score as it would.
    for (let i = 0; i < w.length; i++) if (!vocabulary.frequent(i, training.minQuestions)) w[i] = 0;
    items.forEach((item, i) => {
      if (item.article % FOLDS !== fold) return;
      const g = groups[i]!;
      const at = bestIndex(g, w);
      const f1 = scorePrediction(at >= 0 ? g.texts[at]! : null, item.question).f1;
      total += f1;
      const max = Math.max(0, ...g.scores);
      if (max >= 0.5) {
        const goldSentences = new Set(g.sentences.filter((_, c) => g.scores[c] === max));
        if (!goldSentences.has(g.sentences[at]!)) wrongSentence++;
        else if (f1 < 0.5) rightSentenceWrongSpan++;
        reachable++;
      }
      const wh = whClassOf(item.question.question);
      if (dump)
        dump.push({
          question: item.question.question,
          wh,
          kind: analyzeQuestion(item.question.question).kind,
          goldRule: item.goldRule ?? null,
          ruleF1: item.goldRule !== undefined ? scorePrediction(item.goldRule, item.question).f1 : null,
          answers: item.question.answers,
          predicted: at >= 0 ? g.texts[at] : null,
          f1,
          bestCandidate: g.texts[g.scores.indexOf(max)],
          max,
        });
      const row = rows.get(wh) ?? { n: 0, f1: 0 };
      row.n++;
      row.f1 += f1;
      rows.set(wh, row);
    });
  }
  console.log(
    `of ${reachable} with a right candidate: wrong sentence ${wrongSentence}, right sentence but F1 < 0.5 ${rightSentenceWrongSpan}`,
  );
  const kept = vocabulary.names.filter((_, i) => vocabulary.frequent(i, training.minQuestions)).length;
  console.log(`${kept} features seen in at least ${training.minQuestions} questions`);
  console.log(`gold-paragraph ranker F1 ${((100 * total) / items.length).toFixed(2)}`);
  for (const [wh, r] of [...rows].sort((a, b) => b[1].n - a[1].n))
    console.log(`  ${wh.padEnd(12)} n=${String(r.n).padStart(5)}  F1 ${((100 * r.f1) / r.n).toFixed(1)}`);
}

async function main(argv: string[]) {
  const started = performance.now();
  const cacheAt = argv.indexOf('--cache');
  const cache = cacheAt >= 0 ? argv[cacheAt + 1]! : undefined;
  const dumpAt = argv.indexOf('--dump');
  const dump: object[] = [];
  const option = (name: string, fallback: number) =>
    argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1]!.split(',').map(Number) : [fallback];
  const training = {
    epochs: option('epochs', RANKER_TRAINING.epochs),
    rate: option('rate', RANKER_TRAINING.rate),
    l2: option('l2', RANKER_TRAINING.l2),
    min: option('min', RANKER_TRAINING.minQuestions),
    average: RANKER_TRAINING.average,
  };
  const articles = await loadSquad(SQUAD);
  let items: Item[];
  if (cache && existsSync(cache)) items = loadItems(articles, JSON.parse(readFileSync(cache, 'utf8')));
  else {
    items = buildItems(articles);
    if (cache) writeFileSync(cache, JSON.stringify(saveItems(items)));
  }
  items = items.filter((i) => i.gold && !i.question.isImpossible);
  console.log(
    `${items.length} answerable questions in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  // Features once for all folds (one vocabulary): each fold trains on the others' groups.
  const vocabulary = new Vocabulary();
  const groups = items.map((item) => rankerGroup(item, vocabulary, true)!);
  console.log(
    `${vocabulary.names.length} features in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const configs = grid(training);
  for (const config of configs) {
    if (configs.length > 1) console.log(`== ${JSON.stringify(config)}`);
    evaluate(items, groups, vocabulary, config, dumpAt >= 0 ? dump : undefined);
  }
  if (dumpAt >= 0) writeFileSync(argv[dumpAt + 1]!, JSON.stringify(dump, null, 1));
  console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
}

await main(process.argv.slice(2));
