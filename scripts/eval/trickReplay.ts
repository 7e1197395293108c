/**
 * How often each trick rule of src/qa/ruleTricks.ts fires on questions with a known answer span:
 * each question's first gold answer (or, for SQuAD 2.0 tricks, its plausible answer) in the
 * sentence that holds it, as the engine would see it had it picked that span. On real questions
 * every fire is a right answer refused; on tricks it is a trick caught.
 *
 *   npx tsx scripts/eval/trickReplay.ts [FILE …] [--show KIND]
 *
 * Default files: ../shared/squad/squad-1.1-dev-13-articles.json (4,557 real questions),
 * data/unanswerable/squad-13-unanswerable.json (hand-written tricks), data/train/news-squad2.json.
 */
import { readFileSync } from 'node:fs';
import { splitSentences } from '../../src/knowledge/splitSentences.ts';
import { leftOpen, oppositeElsewhere, trickOf } from '../../src/qa/ruleTricks.ts';
import { placeSwapped } from '../../src/qa/ruleTrickMeasure.ts';
import { nameNotInStory } from '../../src/qa/ruleTrickSwap.ts';

interface Span {
  text: string;
  answer_start: number;
}
interface Qa {
  question: string;
  answers: Span[];
  plausible_answers?: Span[];
  is_impossible?: boolean;
}
interface SquadFile {
  data: { title: string; paragraphs: { context: string; qas: Qa[] }[] }[];
}

const DEFAULT_FILES = [
  '../shared/squad/squad-1.1-dev-13-articles.json',
  'data/unanswerable/squad-13-unanswerable.json',
  'data/train/news-squad2.json',
];

function sentenceAt(context: string, at: number): string {
  const sentence = splitSentences(context).find((s) => at >= s.start && at < s.end);
  return sentence?.text ?? context;
}

function replay(file: string, show: string | undefined): void {
  const squad = JSON.parse(readFileSync(file, 'utf8')) as SquadFile;
  const fires = { real: new Map<string, number>(), trick: new Map<string, number>() };
  const totals = { real: 0, trick: 0 };
  for (const article of squad.data)
    for (const { context, qas } of article.paragraphs) {
      const title = article.title.replace(/_/gu, ' ');
      const story = article.paragraphs.map((p) => p.context);
      for (const qa of qas) {
        const span = (qa.is_impossible ? qa.plausible_answers : qa.answers)?.[0];
        if (!span) continue;
        const group = qa.is_impossible ? 'trick' : 'real';
        totals[group]++;
        const sentence = sentenceAt(context, span.answer_start);
        const kind =
          trickOf(qa.question, span.text, { sentence, title }) ??
          (leftOpen(qa.question, context) ? 'left-open' : undefined) ??
          (oppositeElsewhere(qa.question, sentence, context) ? 'opposite-elsewhere' : undefined) ??
          (placeSwapped(qa.question, sentence, { paragraph: context, story, title })
            ? 'place-swap'
            : undefined) ??
          (nameNotInStory(qa.question, [title, ...story]) ? 'name-not-in-story' : undefined);
        if (!kind) continue;
        fires[group].set(kind, (fires[group].get(kind) ?? 0) + 1);
        if (kind === show) console.log(`  [${group}] ${qa.question} → ${span.text}\n      ${sentence}`);
      }
    }
  console.log(`${file}: ${totals.real} real questions, ${totals.trick} tricks`);
  for (const group of ['real', 'trick'] as const) {
    const list = [...fires[group]].sort((a, b) => b[1] - a[1]);
    const sum = list.reduce((n, [, c]) => n + c, 0);
    if (totals[group])
      console.log(`  ${group}: ${sum} fire — ${list.map(([k, c]) => `${k} ${c}`).join(', ')}`);
  }
}

const args = process.argv.slice(2);
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? args[showAt + 1] : undefined;
const files = args.filter((a, i) => i !== showAt && i !== showAt + 1 && !a.startsWith('--'));
for (const file of files.length ? files : DEFAULT_FILES) replay(file, show);
