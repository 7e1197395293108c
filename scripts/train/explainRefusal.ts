/**
 * Why the refusal models score a question as they do: `npx tsx scripts/train/explainRefusal.ts
 * --cache FILE TEXT…` (the items cache of quickRefusal.ts) prints, for each question containing one
 * of the TEXTs, every read paragraph's best span, its sentence, both models' probabilities under the
 * committed weights and the trick detector's largest contributions (weight × value).
 */
import { readFileSync } from 'node:fs';
import { committedWeights, dot, sigmoid } from '../../src/qa/model.ts';
import { judgeParagraph } from '../../src/qa/rankAnswer.ts';
import { loadSquad } from '../eval/squad.ts';
import { loadItems } from './itemCache.ts';

const SQUAD = '../shared/squad/squad-1.1-dev-13-articles.json';
const NEWS = 'data/train/news-squad2.json';

async function main(argv: string[]) {
  const cache = argv[argv.indexOf('--cache') + 1]!;
  const texts = argv.filter((a, i) => a !== '--cache' && argv[i - 1] !== '--cache');
  const articles = [...(await loadSquad(SQUAD)), ...(await loadSquad(NEWS))];
  const saved = JSON.parse(readFileSync(cache, 'utf8')) as Parameters<typeof loadItems>[1];
  const chosen = saved.filter((s) => texts.some((t) => s.question.question.includes(t)));
  const w = committedWeights();
  for (const item of loadItems(articles, chosen)) {
    console.log(`\n${item.question.isImpossible ? 'TRICK' : 'REAL'} ${item.question.question}`);
    for (const { pa, retrieved } of item.read) {
      const v = judgeParagraph(w, item.view, pa, retrieved);
      if (!v) continue;
      const span = sigmoid(dot(w.confidence, v.refusal));
      const detector = sigmoid(dot(w.answerable!, v.refusal));
      console.log(
        `  ¶${pa.paragraph.number} span ${span.toFixed(3)} detector ${detector.toFixed(3)} → ${v.best.text}`,
      );
      console.log(`    ${pa.paragraph.sentences[v.best.sentence]?.text}`);
      const parts = [...v.refusal]
        .map(([k, x]) => [k, x * (w.answerable![k] ?? 0)] as const)
        .filter(([, c]) => Math.abs(c) > 0.05)
        .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
        .slice(0, 14);
      console.log(`    ${parts.map(([k, c]) => `${k} ${c.toFixed(2)}`).join(', ')}`);
    }
  }
}

await main(process.argv.slice(2));
