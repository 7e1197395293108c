/**
 * Experiments on choosing the paragraph (issue 8): per fold, fit the ranker and refusal models on
 * the other folds, judge each question's retrieved paragraphs, and save the verdicts; then measure
 * how often the gold paragraph is read and chosen.
 *   npx tsx scripts/train/quickChoice.ts --items /tmp/items.json --verdicts /tmp/verdicts.json
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { whClassOf } from '../../src/qa/questionType.ts';
import { judgeParagraph } from '../../src/qa/rankAnswer.ts';
import { tokenF1 } from '../eval/squad.ts';
import { FOLDS } from './crossValidate.ts';
import type { Item } from './dataset.ts';
import { fit } from './fit.ts';
import { loadItems, saveItems } from './itemCache.ts';
import { trainingItems } from './trainingItems.ts';

const DEPTH = 12;
const READ = 6;

export interface Verdict {
  rank: number;
  scoreRatio: number;
  confidence: number;
  probability: number;
  f1: number;
  gold: boolean;
  refusal: Record<string, number>;
  text: string;
}
export interface Question {
  id: string;
  article: number;
  source: Item['source'];
  impossible: boolean;
  wh: string;
  goldRead: number;
  verdicts: Verdict[];
}

const bestF1 = (text: string, answers: readonly string[]) =>
  Math.max(0, ...answers.map((g) => tokenF1(text, g)));

async function main(argv: string[]) {
  const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const itemsFile = arg('--items') ?? '/tmp/r2/items.json';
  const verdictsFile = arg('--verdicts') ?? '/tmp/r2/verdicts.json';
  const started = performance.now();
  const t = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
  if (existsSync(verdictsFile)) return;
  let items: Item[];
  const set = await trainingItems(Infinity, DEPTH);
  if (existsSync(itemsFile)) items = loadItems(set.articles, JSON.parse(readFileSync(itemsFile, 'utf8')));
  else {
    items = set.items;
    writeFileSync(itemsFile, JSON.stringify(saveItems(items)));
  }
  console.log(`${items.length} items ${t()}`);
  const questions: Question[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = items
      .filter((i) => i.article % FOLDS !== fold)
      .map((i) => ({ ...i, read: i.read.slice(0, READ) }));
    const w = fit(train);
    console.log(`fold ${fold} fitted ${t()}`);
    for (const item of items) {
      if (item.article % FOLDS !== fold) continue;
      const goldNumber = item.gold?.paragraph.number;
      const verdicts: Verdict[] = [];
      for (const { pa, retrieved } of item.read) {
        const v = judgeParagraph(w, item.view, pa, retrieved);
        if (!v) continue;
        const refusal: Record<string, number> = {};
        for (const [k, x] of v.refusal) if (!/^(?:lo|mid|hi)\|/u.test(k)) refusal[k] = x;
        verdicts.push({
          rank: retrieved.rank,
          scoreRatio: retrieved.scoreRatio,
          confidence: v.confidence,
          probability: v.probability,
          f1: item.question.isImpossible ? 0 : bestF1(v.best.text, item.question.answers),
          gold: pa.paragraph.number === goldNumber,
          refusal,
          text: v.best.text,
        });
      }
      questions.push({
        id: item.question.id,
        article: item.article,
        source: item.source,
        impossible: item.question.isImpossible,
        wh: whClassOf(item.question.question),
        goldRead: item.read.findIndex((r) => r.pa.paragraph.number === goldNumber),
        verdicts,
      });
    }
    console.log(`fold ${fold} judged ${t()}`);
  }
  writeFileSync(verdictsFile, JSON.stringify(questions));
}

await main(process.argv.slice(2));
