import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/knowledge/parseStory.ts';
import type { Story } from '../../src/knowledge/types.ts';
import { keySentences, leadSentences, sentencesOf, type StorySentence } from '../../src/qa/rankSentences.ts';
import { KEY_POINTS } from '../../src/qa/summarize.ts';
import { chipStory, harborStory } from '../support/stories.ts';

const STORIES = path.resolve('test/fixtures/stories');
const gold = JSON.parse(
  readFileSync(path.resolve('test/fixtures/summaries/key-sentences.json'), 'utf8'),
) as Record<string, string[]>;
const fixture = (file: string): Story =>
  parseStory({ id: file.replace(/\.\w+$/, ''), file, text: readFileSync(path.join(STORIES, file), 'utf8') });
const stories = [
  ...[
    'brightwell-homecell-battery-recall.txt',
    'marlow-legionnaires-hotel-cooling-tower.txt',
    'nff-equal-prize-money-womens-cup.txt',
    'riverton-council-budget-2025.md',
  ].map(fixture),
  harborStory(),
  chipStory(),
];

type Ranker = (all: StorySentence[], after: (s: StorySentence) => boolean, n: number) => StorySentence[];
/** How many of the picked key points (over all stories) are hand-picked key sentences. */
function hits(rank: Ranker): { hits: number; picked: number } {
  let found = 0;
  let picked = 0;
  for (const story of stories) {
    const chosen = rank(sentencesOf(story.paragraphs), (s) => s.paragraph > 1, KEY_POINTS);
    picked += chosen.length;
    found += chosen.filter((s) => gold[story.id]!.some((g) => s.sentence.text.startsWith(g))).length;
  }
  return { hits: found, picked };
}

describe('key points of a story: TextRank against the lead-N baseline', () => {
  it('GIVEN six stories of our own with hand-picked key sentences WHEN each picks 3 THEN TextRank (with the quote penalty) finds more of them than the first 3 sentences after the lede', () => {
    const textRank = hits((all, after, n) => keySentences(all, after, n));
    const plain = hits((all, after, n) => keySentences(all, after, n, { quotePenalty: 0 }));
    const lead = hits(leadSentences);
    console.log(
      `key points found: TextRank+quote penalty ${textRank.hits}/${textRank.picked}, plain TextRank ${plain.hits}/${plain.picked}, lead-3 ${lead.hits}/${lead.picked}`,
    );
    expect(textRank.picked).toBe(18);
    expect(textRank.hits).toBeGreaterThan(lead.hits);
    expect(textRank.hits).toBeGreaterThanOrEqual(plain.hits);
  });
});
