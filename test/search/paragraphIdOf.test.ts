import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase, paragraphIdOf } from '../../src/search/knowledgeBase.ts';
import { chipStory, floodStory, harborStory } from '../support/stories.ts';

describe('paragraphIdOf', () => {
  it('GIVEN three stories WHEN each paragraph is looked up by its story and number THEN its id is its position in the knowledge base', () => {
    const kb = buildKnowledgeBase([harborStory(), floodStory(), chipStory()]);
    expect(kb.paragraphs.length).toBeGreaterThan(10);
    kb.paragraphs.forEach((p, id) => expect(paragraphIdOf(kb, p.storyId, p.number)).toBe(id));
  });

  it('GIVEN a knowledge base WHEN a story or paragraph it does not hold is looked up THEN the answer is -1', () => {
    const kb = buildKnowledgeBase([harborStory(), floodStory()]);
    expect(paragraphIdOf(kb, 'no-such-story', 1)).toBe(-1);
    expect(paragraphIdOf(kb, 'floods', 999)).toBe(-1);
  });
});
