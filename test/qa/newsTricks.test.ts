import { describe, expect, it } from 'vitest';
import { answerQuestion, buildKnowledgeBase } from '../../src/qa/index.ts';
import { courtStory, recountStory } from '../support/newsProbeStories.ts';

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

describe('GIVEN an election recount story', () => {
  const kb = buildKnowledgeBase([recountStory()]);

  it('WHEN asked how many votes the commission chairman received (he only announced them) THEN it refuses', () => {
    expect(answerQuestion(kb, 'How many votes did Danjuma receive?').answer).toBeNull();
  });

  it('WHEN asked who was the first man to govern Ondara (the story says first woman) THEN it refuses', () => {
    expect(answerQuestion(kb, 'Who was the first man to govern Ondara?').answer).toBeNull();
  });

  it('WHEN asked how old the winner is THEN it answers', () => {
    expect(answerQuestion(kb, 'How old is Adeyemi?').answer).toMatch(/51/u);
  });
});
