/**
 * The training items of `npm run train`: the SQuAD dev copy (with generated unanswerables), the
 * hand-written unanswerables of its articles, and the invented news stories (data/train/).
 */
import { existsSync } from 'node:fs';
import { loadSquad, type SquadArticle, type SquadQuestion } from '../eval/squad.ts';
import { buildItems, type Item } from './dataset.ts';

export const SQUAD = '../shared/squad/squad-1.1-dev-13-articles.json';
export const HAND_WRITTEN = 'data/unanswerable/squad-13-unanswerable.json';
/** Invented news stories with answerable questions and tricks: the refusal models learn from them too. */
export const NEWS = 'data/train/news-squad2.json';

export interface TrainingSet {
  /** Every article, the news stories after the SQuAD ones (an item's `article` indexes this). */
  articles: SquadArticle[];
  items: Item[];
  /** How many hand-written unanswerables were read. */
  handWritten: number;
}

export async function trainingItems(limit = Infinity, depth?: number): Promise<TrainingSet> {
  const articles = await loadSquad(SQUAD);
  const extra = new Map<string, SquadQuestion[]>();
  if (existsSync(HAND_WRITTEN)) {
    for (const a of await loadSquad(HAND_WRITTEN))
      extra.set(a.title, [
        ...(extra.get(a.title) ?? []),
        ...a.paragraphs.flatMap((p) => p.qas.filter((q) => q.isImpossible)),
      ]);
  }
  const items = buildItems(articles, extra, limit, depth === undefined ? {} : { depth });
  const news = existsSync(NEWS) ? await loadSquad(NEWS) : [];
  items.push(
    ...buildItems(news, new Map(), limit, {
      generated: false,
      source: 'news',
      firstArticle: articles.length,
      ...(depth === undefined ? {} : { depth }),
    }),
  );
  return { articles: [...articles, ...news], items, handWritten: [...extra.values()].flat().length };
}
