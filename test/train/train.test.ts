import { describe, expect, it } from 'vitest';
import { loadSquad } from '../../scripts/eval/squad.ts';
import { buildItems } from '../../scripts/train/dataset.ts';
import { trainModel } from '../../scripts/train/trainModel.ts';
import { hasSquadDev, SQUAD_DEV } from '../support/sharedData.ts';

describe('npm run train', () => {
  it.skipIf(!hasSquadDev)(
    'GIVEN the same questions (two SQuAD dev articles, ../shared/squad) WHEN the model is trained twice THEN the weights file is identical byte for byte',
    async () => {
      const articles = (await loadSquad(SQUAD_DEV)).slice(0, 2);
      const first = trainModel(buildItems(articles, new Map(), 25), 0.5);
      const second = trainModel(buildItems(articles, new Map(), 25), 0.5);
      expect(second).toBe(first);
      const weights = JSON.parse(first) as {
        ranker: Record<string, number>;
        confidence: Record<string, number>;
      };
      // It learned something: the ranker has weights, and they are rounded.
      expect(Object.keys(weights.ranker).length).toBeGreaterThan(20);
      expect(Object.values(weights.ranker).every((w) => Math.round(w * 1e4) / 1e4 === w)).toBe(true);
    },
    120_000,
  );
});

describe('training items of the news stories', () => {
  it('GIVEN a news story in SQuAD 2.0 form WHEN its items are built THEN they are news items of their own article, tricks without a gold paragraph, and no generated negatives', async () => {
    const story = (await loadSquad('data/train/news-squad2.json')).slice(0, 1);
    const items = buildItems(story, new Map(), 12, { generated: false, source: 'news', firstArticle: 13 });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.source === 'news' && i.article === 13)).toBe(true);
    expect(items.filter((i) => i.question.isImpossible).every((i) => i.gold === undefined)).toBe(true);
    expect(items.filter((i) => !i.question.isImpossible).every((i) => i.gold !== undefined)).toBe(true);
    const weights = JSON.parse(trainModel(items, 0.5)) as { answerable: Record<string, number> };
    // Tricks and real questions both there: the trick detector learned weights.
    expect(items.some((i) => i.question.isImpossible)).toBe(true);
    expect(Object.keys(weights.answerable).length).toBeGreaterThan(10);
  }, 120_000);
});
