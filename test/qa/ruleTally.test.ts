import { describe, expect, it } from 'vitest';
import { answerQuestion, buildKnowledgeBase } from '../../src/qa/index.ts';
import { parseStory } from '../../src/knowledge/parseStory.ts';

const STORY = `Politics

Harrow council backs new bridge


Harrow Borough Council approved the new bridge by 41 votes to 9 on Monday after a long debate.

The bridge will cost 30 million pounds and open in 2029.

Source: Borough Wire`;

describe('GIVEN a story that gives a vote as a tally ("by 41 votes to 9")', () => {
  const kb = buildKnowledgeBase([parseStory({ id: 'harrow', file: 'harrow.txt', text: STORY })]);

  it('WHEN asked how many voted against THEN the smaller side, citing the tally', () => {
    expect(answerQuestion(kb, 'How many councillors voted against the bridge?')).toMatchObject({
      answer: '9',
      citations: [expect.objectContaining({ story: 'harrow', paragraph: 1 })],
    });
  });

  it('WHEN asked how many voted for THEN the larger side', () => {
    expect(answerQuestion(kb, 'How many councillors voted for the bridge?').answer).toBe('41');
  });

  it('WHEN asked the count of a vote in a year the story never gives THEN it refuses', () => {
    expect(answerQuestion(kb, 'How many councillors voted against the bridge in 2015?').answer).toBeNull();
  });
});
