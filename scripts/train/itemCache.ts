/**
 * The training items without their paragraph analyses: what retrieval and the rule engine said for
 * each question (paragraph numbers, rule answers), so quick ranker runs (quickRanker.ts) skip asking
 * every question again. Loading re-tags the paragraphs, so changes to candidates and features show.
 */
import { paragraphAnalysis } from '../../src/qa/paragraphAnalysis.ts';
import { questionView } from '../../src/qa/features.ts';
import { analyzeQuestion } from '../../src/qa/analyzeQuestion.ts';
import { buildKnowledgeBase } from '../../src/search/knowledgeBase.ts';
import type { Retrieved } from '../../src/qa/rankAnswer.ts';
import type { SquadArticle, SquadQuestion } from '../eval/squad.ts';
import type { Item } from './dataset.ts';
import { storyOfArticle } from './squadStories.ts';

export interface SavedItem {
  article: number;
  question: SquadQuestion;
  gold?: number;
  goldRule?: string;
  read: { paragraph: number; retrieved: Retrieved }[];
  ruleAnswer: string | null;
  source: Item['source'];
}

export const saveItems = (items: readonly Item[]): SavedItem[] =>
  items.map((i) => ({
    article: i.article,
    question: i.question,
    ...(i.gold ? { gold: i.gold.paragraph.number } : {}),
    ...(i.goldRule ? { goldRule: i.goldRule } : {}),
    read: i.read.map((r) => ({ paragraph: r.pa.paragraph.number, retrieved: r.retrieved })),
    ruleAnswer: i.ruleAnswer,
    source: i.source,
  }));

export function loadItems(articles: readonly SquadArticle[], saved: readonly SavedItem[]): Item[] {
  const kbs = articles.map((a) => buildKnowledgeBase([storyOfArticle(a)]));
  return saved.map((s) => {
    const kb = kbs[s.article]!;
    const pa = (number: number) =>
      paragraphAnalysis(
        kb,
        kb.paragraphs.findIndex((p) => p.number === number),
      );
    return {
      article: s.article,
      question: s.question,
      view: questionView(analyzeQuestion(s.question.question).text),
      ...(s.gold !== undefined ? { gold: pa(s.gold) } : {}),
      ...(s.goldRule ? { goldRule: s.goldRule } : {}),
      read: s.read.map((r) => ({ pa: pa(r.paragraph), retrieved: r.retrieved })),
      ruleAnswer: s.ruleAnswer,
      source: s.source,
    };
  });
}
