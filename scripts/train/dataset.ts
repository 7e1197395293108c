/**
 * The training material: per article a knowledge base, each question's retrieved paragraphs
 * (analysed), the rule engine's answer, and for answerable questions the gold paragraph.
 */
import { analyzeQuestion } from '../../src/qa/analyzeQuestion.ts';
import { answerByRules } from '../../src/qa/rules.ts';
import { questionView, type QuestionView } from '../../src/qa/features.ts';
import { paragraphAnalysis, type ParagraphAnalysis } from '../../src/qa/paragraphAnalysis.ts';
import type { Retrieved } from '../../src/qa/rankAnswer.ts';
import { retrieveParagraphs } from '../../src/qa/retrieve.ts';
import { storyMatch } from '../../src/qa/storyMatch.ts';
import { buildKnowledgeBase } from '../../src/search/knowledgeBase.ts';
import type { SquadArticle, SquadQuestion } from '../eval/squad.ts';
import { generatedNegatives } from './negatives.ts';
import { storyOfArticle } from './squadStories.ts';

export interface Item {
  article: number;
  question: SquadQuestion;
  view: QuestionView;
  /** The gold paragraph (answerable questions). */
  gold?: ParagraphAnalysis;
  goldRule?: string;
  read: { pa: ParagraphAnalysis; retrieved: Retrieved }[];
  /** The rule engine's answer (null: it refused). */
  ruleAnswer: string | null;
  /** news: a question (answerable or a trick) of the news training stories (data/train/). */
  source: 'squad' | 'generated' | 'hand-written' | 'news';
}

export interface BuildOptions {
  /** Add generated unanswerables (negatives.ts) to every article (default true). */
  generated?: boolean;
  /** The source of the articles' own questions (default squad). */
  source?: 'squad' | 'news';
  /** Index of the first article (items of several files keep distinct articles, hence folds). */
  firstArticle?: number;
  /** How many paragraphs to read per question (default the engine's). */
  depth?: number;
}

/** Builds the items of every article: its questions, generated negatives, and `extra` unanswerables. */
export function buildItems(
  articles: readonly SquadArticle[],
  extra: ReadonlyMap<string, SquadQuestion[]> = new Map(),
  limit = Infinity,
  { generated = true, source: ownSource = 'squad', firstArticle = 0, depth }: BuildOptions = {},
): Item[] {
  const items: Item[] = [];
  articles.forEach((article, index) => {
    const a = firstArticle + index;
    const kb = buildKnowledgeBase([storyOfArticle(article)]);
    const ask = (question: SquadQuestion, source: Item['source'], goldId?: number) => {
      const q = analyzeQuestion(question.question);
      const view = questionView(q.text);
      const rules = answerByRules(kb, question.question);
      const cited = rules.answer !== null ? rules.citations[0] : undefined;
      const ruleFor = (id: number) =>
        cited && cited.paragraph === kb.paragraphs[id]!.number ? rules.answer! : undefined;
      const read = retrieveParagraphs(kb, q, depth).map((r) => {
        const rule = ruleFor(r.id);
        const pa = paragraphAnalysis(kb, r.id);
        const storyMatched = storyMatch(kb, view, pa);
        return {
          pa,
          retrieved: {
            rank: r.rank,
            scoreRatio: r.scoreRatio,
            storyMatch: storyMatched,
            ...(rule ? { rule } : {}),
          },
        };
      });
      const goldRule = goldId === undefined ? undefined : ruleFor(goldId);
      items.push({
        article: a,
        question,
        view,
        ...(goldId === undefined ? {} : { gold: paragraphAnalysis(kb, goldId) }),
        ...(goldRule ? { goldRule } : {}),
        read,
        ruleAnswer: rules.answer,
        source,
      });
    };
    let n = 0;
    article.paragraphs.forEach((p, i) => {
      for (const question of p.qas)
        if (n++ < limit) ask(question, ownSource, question.isImpossible ? undefined : i);
    });
    if (generated)
      generatedNegatives(articles, index)
        .slice(0, limit)
        .forEach((question) => ask(question, 'generated'));
    for (const question of (extra.get(article.title) ?? []).slice(0, limit)) ask(question, 'hand-written');
  });
  return items;
}
