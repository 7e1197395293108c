import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/knowledge/parseStory.ts';
import { answerQuestion, buildKnowledgeBase } from '../../src/qa/index.ts';

const TEXT = `Sports

Kestrels win first league title in 41 years

The Dunmore Kestrels beat the Harbor City Wolves 3-1 on Sunday to win the Northern League title for the first time since 1985.

Striker Tomas Berg scored twice in the second half, and goalkeeper Ivo Marsh saved a penalty in the 70th minute.

About 18,000 fans watched the match at Kestrel Park, a club record.`;

describe('GIVEN a question that asks for a name, a figure, a time or a thing', () => {
  const kb = buildKnowledgeBase([parseStory({ id: 'kestrels', file: 'kestrels.txt', text: TEXT })]);
  const sentences = kb.paragraphs.flatMap((p) => p.sentences.map((s) => s.text.replace(/[.!?]+$/u, '')));

  it.each([
    'What was the score?',
    'In which minute was the penalty saved?',
    'Who saved a penalty?',
    'When did the Kestrels last win the title?',
    'How many fans watched the match?',
    'Which team did the Kestrels beat?',
  ])('WHEN asked %s THEN the answer is a phrase or a refusal, never a whole sentence', (question) => {
    const { answer } = answerQuestion(kb, question);
    if (answer !== null) expect(sentences).not.toContain(answer.replace(/[.!?]+$/u, ''));
  });

  it('WHEN asked who saved a penalty THEN the goalkeeper is named', () => {
    expect(answerQuestion(kb, 'Who saved a penalty?').answer).toMatch(/Ivo Marsh/);
  });
});
