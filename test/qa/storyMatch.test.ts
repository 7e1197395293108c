import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/knowledge/parseStory.ts';
import { questionView } from '../../src/qa/features.ts';
import { paragraphAnalysis } from '../../src/qa/paragraphAnalysis.ts';
import { storyMatch } from '../../src/qa/storyMatch.ts';
import { buildKnowledgeBase, paragraphIdOf, type KnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { floodStory, harborStory, schoolStory } from '../support/stories.ts';

/** A story whose subject, the Orvella, is named in every paragraph; one paragraph says who built it. */
const ferryStory = () =>
  parseStory({
    id: 'ferry',
    file: 'ferry.txt',
    text: `Ferry Orvella returns to service

The Orvella sailed again on Monday after a winter in dry dock, the harbour office said.

The Orvella was built in 1974 by the Kessel yard, which closed a decade later.

Passengers on the Orvella will pay the same fares as last year, the operator said.`,
  });

const matchOf = (kb: KnowledgeBase, question: string, paragraph: number) =>
  storyMatch(kb, questionView(question), paragraphAnalysis(kb, paragraphIdOf(kb, 'ferry', paragraph)));

describe('how much of a question a paragraph holds, by its own story', () => {
  it('GIVEN a subject named in every paragraph WHEN asked who built it THEN the paragraph that says "built" matches best', () => {
    const kb = buildKnowledgeBase([ferryStory()]);
    const question = 'Who built the Orvella?';
    const [first, built, fares] = [1, 2, 3].map((n) => matchOf(kb, question, n));
    expect(built).toBeGreaterThan(first!);
    expect(built).toBeGreaterThan(fares!);
  });

  it('GIVEN other stories loaded beside it WHEN the same question is asked THEN every paragraph matches as before', () => {
    const alone = buildKnowledgeBase([ferryStory()]);
    const crowded = buildKnowledgeBase([ferryStory(), harborStory(), schoolStory(), floodStory()]);
    for (const n of [1, 2, 3])
      expect(matchOf(crowded, 'Who built the Orvella?', n)).toBe(matchOf(alone, 'Who built the Orvella?', n));
  });

  it('GIVEN a question of no content words WHEN matched THEN the match is 0', () => {
    const kb = buildKnowledgeBase([ferryStory()]);
    expect(matchOf(kb, 'Who is it?', 2)).toBe(0);
  });
});
