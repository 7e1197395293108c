import { describe, expect, it } from 'vitest';
import { answerQuestion, buildKnowledgeBase } from '../../src/qa/index.ts';
import { type UnseenStory, unseenStory } from './unseenNewsStories.ts';

/**
 * Asks each probe story its own questions through the whole engine, one story in the knowledge
 * base at a time: answerable questions must match their short answer, tricks must be refused.
 * Known gaps run as `it.fails` (each passes while the gap is there and fails once the engine gets it
 * right — then drop it from the list); a gap must be a question some story asks.
 */
export function describeNewsProbe(
  probe: string,
  stories: readonly UnseenStory[],
  knownGaps: ReadonlyMap<string, string>,
): void {
  describe.each(stories.map((story) => [story.about, story] as const))(
    `GIVEN ${probe}: %s`,
    (_about, story) => {
      const kb = buildKnowledgeBase([unseenStory(story)]);
      const right = story.answerable.filter(([q]) => !knownGaps.has(q));
      const refused = story.tricks.filter(([q]) => !knownGaps.has(q));

      it.each(right)('WHEN asked %s THEN the short answer matches %s', (question, answer) => {
        expect(answerQuestion(kb, question).answer).toMatch(answer);
      });

      it.each(refused)('WHEN asked %s (a trick: %s) THEN it says the stories do not say', (question) => {
        expect(answerQuestion(kb, question).answer).toBeNull();
      });

      const answerGaps = story.answerable.filter(([q]) => knownGaps.has(q));
      if (answerGaps.length > 0)
        it.fails.each(answerGaps)(
          'WHEN asked %s THEN the answer matches %s (known gap)',
          (question, answer) => {
            expect(answerQuestion(kb, question).answer).toMatch(answer);
          },
        );

      const trickGaps = story.tricks.filter(([q]) => knownGaps.has(q));
      if (trickGaps.length > 0)
        it.fails.each(trickGaps)('WHEN asked %s (a trick: %s) THEN it refuses (known gap)', (question) => {
          expect(answerQuestion(kb, question).answer).toBeNull();
        });
    },
  );

  describe(`GIVEN the known gaps of ${probe}`, () => {
    it('WHEN read against the stories THEN every gap is a question one of them asks', () => {
      const asked = new Set(stories.flatMap((s) => [...s.answerable, ...s.tricks].map(([q]) => q)));
      expect([...knownGaps.keys()].filter((q) => !asked.has(q))).toEqual([]);
    });
  });
}
