import { describe, expect, it } from 'vitest';
import { answerQuestion, buildKnowledgeBase } from '../../src/qa/index.ts';
import { courtStory } from '../support/newsProbeStories.ts';

/** Tricks in the SQuAD 2.0 manner over news stories nobody tuned for (issue 8), through the whole engine. */
describe('GIVEN a court ruling story', () => {
  const kb = buildKnowledgeBase([courtStory()]);

  it('WHEN asked a yes/no question the story leaves open ("did not say whether") THEN it refuses', () => {
    expect(answerQuestion(kb, 'Will the minister order a new assessment?').answer).toBeNull();
  });

  it('WHEN asked a yes/no question the story answers THEN it still answers', () => {
    expect(answerQuestion(kb, 'Does the ruling affect the two smaller permits?').answer).toMatch(/^No: /u);
  });

  it('WHEN asked when the permit was closed (the story dates only grants) THEN it refuses', () => {
    expect(answerQuestion(kb, 'When was the permit closed?').answer).toBeNull();
  });
});
