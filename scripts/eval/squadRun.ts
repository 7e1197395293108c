import { performance } from 'node:perf_hooks';
import type { Answer } from '../../src/qa/types.ts';
import type { KnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { questionWordOf, type QuestionWord } from './questionWord.ts';
import type { Answerer } from './runEval.ts';
import { scorePrediction, type QuestionScore, type SquadArticle } from './squad.ts';
import { storyIdOf } from './squadStories.ts';

/** One question with short gold answers, and the paragraph it was written against. */
export interface SpanQuestion {
  id: string;
  /** The group it is reported under: the article title or story id. */
  article: string;
  question: string;
  /** Gold answers; empty when unanswerable. */
  answers: string[];
  isImpossible: boolean;
  trick?: string;
  /** Story id and 1-based paragraph of the gold (or trick) paragraph. */
  story: string;
  paragraph: number;
}

/** Every question of the articles, with the story id and paragraph lede will cite for it. */
export function spanQuestionsOf(articles: readonly SquadArticle[]): SpanQuestion[] {
  return articles.flatMap((article) =>
    article.paragraphs.flatMap((p, i) =>
      p.qas.map((qa) => ({
        id: qa.id,
        article: article.title,
        question: qa.question,
        answers: qa.answers,
        isImpossible: qa.isImpossible,
        ...(qa.trick !== undefined ? { trick: qa.trick } : {}),
        story: storyIdOf(article.title),
        paragraph: i + 1,
      })),
    ),
  );
}

/** A question, what an answerer said, and its official score. */
export interface SpanResult {
  gold: SpanQuestion;
  word: QuestionWord;
  /** `null` = refused (or the answerer threw: see `error`). */
  prediction: string | null;
  confidence: number;
  /** The first citation is the gold paragraph. */
  citedGold: boolean;
  error?: string;
  ms: number;
  score: QuestionScore;
}

/** Asks each question of `kb`; an answerer that throws counts as a refusal with its error kept. */
export function runSpanQuestions(
  kb: KnowledgeBase,
  questions: readonly SpanQuestion[],
  answerer: Answerer,
): SpanResult[] {
  return questions.map((gold) => {
    let answer: Answer | undefined;
    let error: string | undefined;
    const start = performance.now();
    try {
      answer = answerer(kb, gold.question);
    } catch (thrown) {
      error = thrown instanceof Error ? thrown.message : String(thrown);
    }
    const ms = performance.now() - start;
    const prediction = answer?.answer ?? null;
    const first = answer?.citations[0];
    return {
      gold,
      word: questionWordOf(gold.question),
      prediction,
      confidence: answer?.confidence ?? 0,
      citedGold: !!first && first.story === gold.story && first.paragraph === gold.paragraph,
      ...(error !== undefined ? { error } : {}),
      ms,
      score: scorePrediction(prediction, { ...gold, plausibleAnswers: [] }),
    };
  });
}

/** The floor every engine must beat on a set with unanswerables: never answer. */
export const refuseEverything: Answerer = (_kb, question) => ({
  question,
  answer: null,
  kind: 'search',
  confidence: 0,
  citations: [],
});
