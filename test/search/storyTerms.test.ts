import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { fromSnapshotParts, toSnapshotParts } from '../../src/search/snapshot.ts';
import { countedStoryTerms, storyTerms } from '../../src/search/storyTerms.ts';
import { termsOf } from '../../src/search/terms.ts';
import type { KnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { chipStory, floodStory, harborStory, schoolStory } from '../support/stories.ts';

const stories = () => [harborStory(), schoolStory(), floodStory(), chipStory()];

/** Every term of every story, and a few no story holds. */
const termsToCheck = (kb: KnowledgeBase) => [
  ...new Set([...kb.paragraphs.flatMap((p) => termsOf(p.text)), 'zzyzx', 'qwertz', '']),
];

function expectSameCounts(kb: KnowledgeBase) {
  expect(kb.index.idsArePositions).toBe(true);
  const terms = termsToCheck(kb);
  let nonZero = 0;
  for (const story of kb.stories) {
    const fast = storyTerms(kb, story.id);
    const counted = countedStoryTerms(kb, story.id);
    expect(fast.paragraphs).toBe(story.paragraphs.length);
    expect(counted.paragraphs).toBe(story.paragraphs.length);
    for (const term of terms) {
      const expected = story.paragraphs.filter((p) => termsOf(p.text).includes(term)).length;
      expect(fast.frequency(term), `${story.id}: ${term}`).toBe(expected);
      expect(counted.frequency(term)).toBe(expected);
      if (expected > 0) nonZero++;
    }
  }
  expect(nonZero).toBeGreaterThan(100);
}

describe("a story's term counts come from the paragraph index's postings", () => {
  it('GIVEN four stories WHEN each term is counted from the postings THEN it is the number of the story paragraphs whose text holds it', () => {
    expectSameCounts(buildKnowledgeBase(stories()));
  });

  it('GIVEN the knowledge restored from its snapshot WHEN counted from the postings THEN the counts are the same', () => {
    const kb = buildKnowledgeBase(stories());
    const sections = toSnapshotParts(kb).map(([name, s]): [string, Buffer] => [
      name,
      Buffer.from(s.buffer, s.byteOffset, s.byteLength),
    ]);
    expectSameCounts(fromSnapshotParts(new Map(sections), kb.hash));
  });

  it('GIVEN a story id that no story has WHEN counted THEN it has no paragraphs and no terms', () => {
    const kb = buildKnowledgeBase(stories());
    const none = storyTerms(kb, 'no-such-story');
    expect(none.paragraphs).toBe(0);
    expect(none.frequency('harbour')).toBe(0);
  });

  it('GIVEN two stories with one id WHEN counted THEN the counts are those of the story the id names, not of the index range', () => {
    const [a, b] = [harborStory(), schoolStory()];
    const kb = buildKnowledgeBase([a, { ...b, id: a.id }]);
    const story = kb.storyById.get(a.id)!;
    const counts = storyTerms(kb, a.id);
    expect(counts.paragraphs).toBe(story.paragraphs.length);
    for (const term of termsToCheck(kb))
      expect(counts.frequency(term)).toBe(
        story.paragraphs.filter((p) => termsOf(p.text).includes(term)).length,
      );
  });
});
