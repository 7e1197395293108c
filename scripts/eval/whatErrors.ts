/**
 * Error analysis for "what" / "which" questions: asks every answerable question of the SQuAD files
 * (one folder per article, committed weights, so in-sample) and sorts each what / which question into
 * one class — right, answered from another paragraph, the gold answer not among the gold paragraph's
 * candidates, ranked second or lower, too long (holds the gold answer), overlapping, and for refusals
 * whether the chosen span was right. Writes every question with its class to OUT.json.
 *
 * npx tsx scripts/eval/whatErrors.ts OUT.json [squad files…]
 */
import { writeFile } from 'node:fs/promises';
import { analyzeQuestion } from '../../src/qa/analyzeQuestion.ts';
import { answerQuestion, modelChoice } from '../../src/qa/answer.ts';
import { questionView } from '../../src/qa/features.ts';
import { committedWeights } from '../../src/qa/model.ts';
import { paragraphAnalysis } from '../../src/qa/paragraphAnalysis.ts';
import { answerText } from '../../src/qa/presentAnswer.ts';
import { judgeParagraph } from '../../src/qa/rankAnswer.ts';
import { paragraphIdOf } from '../../src/search/knowledgeBase.ts';
import { containsAnswer, normalizeAnswer, tokenF1 } from './squad.ts';
import { loadSquadArticles, runSquad } from './squadEval.ts';
import { spanQuestionsOf, type SpanQuestion } from './squadRun.ts';
import { storyIdOf } from './squadStories.ts';

const [out = '/tmp/what-errors.json', ...given] = process.argv.slice(2);
const files = given.length ? given : ['../shared/squad/squad-1.1-dev-13-articles.json'];
const weights = committedWeights();
const golds = new Map<string, SpanQuestion>();
for (const q of spanQuestionsOf(await loadSquadArticles(files))) golds.set(q.question, q);

const bestF1 = (text: string, answers: readonly string[]) =>
  Math.max(0, ...answers.map((g) => tokenF1(text, g)));
const holds = (text: string, answers: readonly string[]) => answers.some((g) => containsAnswer(text, g));
type Row = Record<string, unknown>;
const rows: Row[] = [];

await runSquad({ files, allInOne: false, compare: false }, (kb, question) => {
  const answer = answerQuestion(kb, question, weights);
  const gold = golds.get(question);
  const wh = /\b(what|which)\b/i.exec(question)?.[1]?.toLowerCase();
  if (
    !gold ||
    gold.isImpossible ||
    !wh ||
    /\bhow\b|\bwho\b|\bwhen\b|\bwhere\b/i.test(question.split(/\b(?:what|which)\b/i)[0]!)
  )
    return answer;
  const q = analyzeQuestion(question);
  const view = questionView(q.text);
  const goldId = paragraphIdOf(kb, storyIdOf(gold.article), gold.paragraph);
  const pa = paragraphAnalysis(kb, goldId);
  const texts = pa.candidates.map((c) => answerText(pa, c));
  const f1s = texts.map((t) => bestF1(t, gold.answers));
  const maxF1 = Math.max(0, ...f1s);
  const exact = texts.some((t) => gold.answers.some((g) => normalizeAnswer(g) === normalizeAnswer(t)));
  const verdict = judgeParagraph(weights, view, pa, { rank: 0, scoreRatio: 1 });
  // Rank of the best gold candidate by the ranker's probability in the gold paragraph.
  let goldRank = -1;
  if (verdict) {
    const bestGold = f1s.indexOf(maxF1);
    const p = verdict.probabilities[bestGold] ?? 0;
    goldRank = verdict.probabilities.filter((x) => x > p).length;
  }
  const choice = modelChoice(kb, question, weights);
  const chosenGold = choice?.paragraphId === goldId;
  const prediction = answer.answer;
  const f1 = prediction === null ? 0 : bestF1(prediction, gold.answers);
  const cited = answer.citations[0];
  const citedGold = !!cited && cited.story === gold.story && cited.paragraph === gold.paragraph;
  const modelSpan = choice ? answerText(paragraphAnalysis(kb, choice.paragraphId), choice.verdict.best) : '';
  let klass: string;
  if (prediction !== null) {
    if (f1 >= 0.5) klass = 'right';
    else if (!citedGold) klass = 'answered: other paragraph';
    else if (holds(prediction, gold.answers)) klass = 'answered: too long (holds gold)';
    else if (f1 > 0) klass = 'answered: overlaps';
    else if (maxF1 < 0.5) klass = 'answered: gold not a candidate';
    else klass = goldRank === 1 ? 'answered: gold ranked 2nd' : 'answered: gold ranked 3rd+';
  } else if (!chosenGold) klass = 'refused: other paragraph chosen';
  else if (bestF1(modelSpan, gold.answers) >= 0.5) klass = 'refused: right span under threshold';
  else if (maxF1 < 0.5) klass = 'refused: gold not a candidate';
  else klass = goldRank === 1 ? 'refused: gold ranked 2nd' : 'refused: gold ranked 3rd+';
  rows.push({
    article: gold.article,
    q: question,
    kind: q.kind,
    wh,
    whNoun: view.whNounWord,
    form: view.form,
    gold: gold.answers,
    a: prediction,
    f1,
    klass,
    conf: answer.confidence,
    modelSpan,
    modelConf: choice?.verdict.confidence,
    modelKind: choice?.verdict.best.kind,
    goldParagraphBest: verdict ? answerText(pa, verdict.best) : null,
    goldParagraphConf: verdict?.confidence,
    goldRank,
    candidateF1: maxF1,
    candidateExact: exact,
    goldTokens: Math.min(...gold.answers.map((g) => normalizeAnswer(g).split(' ').length)),
  });
  return answer;
});

const count = (key: (r: Row) => string) => {
  const m = new Map<string, number>();
  for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]);
};
console.log(`${rows.length} answerable what / which questions`);
for (const [k, n] of count((r) => r.klass as string)) console.log(`${String(n).padStart(5)}  ${k}`);
console.log(
  'gold among the gold paragraph candidates (F1 ≥ 0.5 / exact):',
  rows.filter((r) => (r.candidateF1 as number) >= 0.5).length,
  rows.filter((r) => r.candidateExact).length,
);
await writeFile(out, JSON.stringify(rows, null, 1));
console.log(`wrote ${out}`);
