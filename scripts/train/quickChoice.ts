/**
 * A quick loop for the paragraph choice (chooseParagraph.ts): `npx tsx scripts/train/quickChoice.ts
 * [--verdicts FILE]`. The first run fits the ranker and refusal models per fold (leave-articles-out,
 * as `npm run train`; ≈ 15 min on the shared machine) and saves every question's judged paragraphs
 * to FILE; later runs read FILE and only cross-validate the choice (seconds), printing where the
 * gold paragraph was retrieved, how often it is chosen, and HasAns F1 answering everything.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { choiceFeatures } from '../../src/qa/chooseParagraph.ts';
import { judgeParagraph } from '../../src/qa/rankAnswer.ts';
import type { SquadQuestion } from '../eval/squad.ts';
import { FOLDS } from './crossValidate.ts';
import type { Item } from './dataset.ts';
import { CHOICE_TRAINING, fit, fitChoice, predictChosen, type Judged, type Prediction } from './fit.ts';
import { figures } from './report.ts';
import { trainingItems } from './trainingItems.ts';

interface SavedVerdict {
  rank: number;
  raw: number;
  probability: number;
  storyMatch: number;
  gold: boolean;
  text: string;
  /** The refusal features, without their relevance crossings. */
  refusal: Record<string, number>;
}

interface SavedQuestion {
  article: number;
  source: Item['source'];
  question: SquadQuestion;
  /** The gold paragraph's retrieval rank (-1: not read or no gold). */
  goldRead: number;
  verdicts: SavedVerdict[];
}

/** Every item judged by the models of the other folds. */
async function judgeAll(): Promise<SavedQuestion[]> {
  const { items } = await trainingItems();
  const out: SavedQuestion[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const weights = fit(items.filter((i) => i.article % FOLDS !== fold));
    for (const item of items) {
      if (item.article % FOLDS !== fold) continue;
      const goldNumber = item.gold?.paragraph.number;
      const verdicts = item.read.flatMap(({ pa, retrieved }) => {
        const v = judgeParagraph(weights, item.view, pa, retrieved);
        if (!v) return [];
        const refusal = Object.fromEntries([...v.refusal].filter(([k]) => !/^(?:lo|mid|hi)\|/u.test(k)));
        const gold = pa.paragraph.number === goldNumber;
        return [
          {
            rank: retrieved.rank,
            raw: v.raw,
            probability: v.probability,
            storyMatch: v.storyMatch,
            gold,
            text: v.best.text,
            refusal,
          },
        ];
      });
      const goldRead = item.read.findIndex((r) => r.pa.paragraph.number === goldNumber);
      out.push({ article: item.article, source: item.source, question: item.question, goldRead, verdicts });
    }
    console.log(`fold ${fold + 1}/${FOLDS} judged`);
  }
  return out;
}

/** A saved question as the trainer's judged item (only what the choice and the figures read). */
const judgedOf = (s: SavedQuestion, read: number): Judged => {
  const verdicts = s.verdicts
    .filter((v) => v.rank < read)
    .map((v) => ({ ...v, refusal: new Map(Object.entries(v.refusal)) }));
  return {
    item: { article: s.article, source: s.source, question: s.question } as Item,
    texts: verdicts.map((v) => v.text),
    raw: verdicts.map((v) => v.raw),
    choice: verdicts.length ? choiceFeatures(verdicts) : [],
    gold: verdicts.map((v) => v.gold),
  };
};

function report(saved: readonly SavedQuestion[], read: number, training: typeof CHOICE_TRAINING) {
  const judged = saved.map((s) => judgedOf(s, read));
  const chosen: Prediction[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const choice = fitChoice(
      judged.filter((j) => j.item.article % FOLDS !== fold),
      training,
    );
    chosen.push(
      ...predictChosen(
        judged.filter((j) => j.item.article % FOLDS === fold),
        choice,
      ),
    );
  }
  const mostSure = predictChosen(judged);
  const line = (name: string, preds: readonly Prediction[]) => {
    const has = preds.filter((p) => p.item.source !== 'news' && !p.item.question.isImpossible);
    const cite = has.filter((p) => p.citedGold).length / has.length;
    const news = preds.filter((p) => p.item.source === 'news');
    console.log(
      `  ${name.padEnd(16)} read ${read}: SQuAD HasAns F1 ${(100 * figures(has).hasAnsF1).toFixed(1)}, cite@1 ${(100 * cite).toFixed(1)} %; news HasAns F1 ${(100 * figures(news).hasAnsF1).toFixed(1)}`,
    );
  };
  line('most confident', mostSure);
  line('learned choice', chosen);
}

function retrieval(saved: readonly SavedQuestion[]) {
  const has = saved.filter((s) => s.source !== 'news' && !s.question.isImpossible);
  const within = (k: number) => has.filter((s) => s.goldRead >= 0 && s.goldRead < k).length / has.length;
  console.log(
    `gold paragraph among the read (SQuAD, ${has.length}): ${[1, 3, 6, 10].map((k) => `top ${k} ${(100 * within(k)).toFixed(1)} %`).join(', ')}`,
  );
}

async function main(argv: string[]) {
  const at = argv.indexOf('--verdicts');
  const file = at >= 0 ? argv[at + 1]! : '/tmp/lede-verdicts.json';
  let saved: SavedQuestion[];
  if (existsSync(file)) saved = JSON.parse(readFileSync(file, 'utf8')) as SavedQuestion[];
  else writeFileSync(file, JSON.stringify((saved = await judgeAll())));
  retrieval(saved);
  const option = (name: string, fallback: number) =>
    argv.includes(`--${name}`) ? Number(argv[argv.indexOf(`--${name}`) + 1]) : fallback;
  const training = {
    ...CHOICE_TRAINING,
    epochs: option('epochs', CHOICE_TRAINING.epochs),
    rate: option('rate', CHOICE_TRAINING.rate),
    l2: option('l2', CHOICE_TRAINING.l2),
  };
  for (const read of [1, 3, 6]) report(saved, read, training);
}

await main(process.argv.slice(2));
