/**
 * Answer latency (p50 / p99) of the engine on the bundled story and on a ~100-paragraph article:
 * `npx tsx scripts/train/latency.ts`. Every question is asked of a fresh knowledge base's cache
 * state as it comes (the first questions pay for tagging their paragraphs).
 */
import { loadKnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { buildKnowledgeBase, type KnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { answerQuestion } from '../../src/qa/index.ts';
import { loadSquad } from '../eval/squad.ts';
import { storyOfArticle } from './squadStories.ts';
import { loadQuestionSets } from '../eval/questionSets.ts';

function measure(name: string, kb: KnowledgeBase, questions: readonly string[]) {
  const times: number[] = [];
  for (const q of questions) {
    const t = performance.now();
    answerQuestion(kb, q);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
  console.log(
    `${name}: ${questions.length} questions, p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`,
  );
}

const bundled = await loadKnowledgeBase('../shared/knowledge');
const sets = await loadQuestionSets('test/fixtures/questions');
const bundledQuestions = sets.flatMap((s) => s.questions.map((q) => q.q));
measure('bundled story', bundled, [...bundledQuestions, ...bundledQuestions]);
const article = (await loadSquad('../shared/squad/squad-1.1-dev-13-articles.json')).find(
  (a) => a.title === 'Martin_Luther',
)!;
const kb = buildKnowledgeBase([storyOfArticle(article)]);
measure(
  `${article.paragraphs.length}-paragraph article`,
  kb,
  article.paragraphs.flatMap((p) => p.qas.map((q) => q.question)),
);
