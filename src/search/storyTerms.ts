/**
 * In how many of a story's paragraphs a term occurs (the story's own document frequencies, for
 * weights that loading other stories cannot change). Read from the paragraph index's postings: a
 * story's paragraphs are consecutive there, so a term's count is two binary searches. Working the
 * counts out by tokenizing every paragraph of each story a question reached was a quarter of an
 * answer's time at 100k paragraphs (stories of hundreds of paragraphs).
 */
import type { KnowledgeBase } from './knowledgeBase.ts';
import { termsOf } from './terms.ts';

export interface StoryTerms {
  /** How many paragraphs the story has. */
  paragraphs: number;
  /** In how many of them `term` (a searchable term, see `normalizeTerm`) occurs. */
  frequency(term: string): number;
}

const NO_STORY: StoryTerms = { paragraphs: 0, frequency: () => 0 };

/** The term counts of story `storyId` (none for an unknown story). */
export function storyTerms(kb: KnowledgeBase, storyId: string): StoryTerms {
  const story = kb.storyById.get(storyId);
  if (!story) return NO_STORY;
  const count = story.paragraphs.length;
  const first = kb.firstParagraph.get(storyId) ?? -1;
  const inIndex = first >= 0 && story.paragraphs.every((p, k) => kb.paragraphs[first + k]?.text === p.text);
  if (inIndex && kb.index.idsArePositions)
    return { paragraphs: count, frequency: (term) => kb.index.paragraphsHolding(term, first, count) };
  return countedStoryTerms(kb, storyId);
}

/** The same counts by tokenizing the story's paragraphs (kept on the knowledge base), where the index cannot say. */
export function countedStoryTerms(kb: KnowledgeBase, storyId: string): StoryTerms {
  const frequency = kb.analysis.get(`story-terms:${storyId}`, () => {
    const counts = new Map<string, number>();
    for (const p of kb.storyById.get(storyId)?.paragraphs ?? [])
      for (const term of new Set(termsOf(p.text))) counts.set(term, (counts.get(term) ?? 0) + 1);
    return counts;
  });
  return {
    paragraphs: kb.storyById.get(storyId)?.paragraphs.length ?? 0,
    frequency: (term) => frequency.get(term) ?? 0,
  };
}
