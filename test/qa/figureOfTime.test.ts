import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/knowledge/parseStory.ts';
import { figureOfTimeAsked } from '../../src/qa/figureOfTime.ts';
import { answerQuestion, buildKnowledgeBase } from '../../src/qa/index.ts';

const SENTENCE =
  'The library lent 84,000 books this year, up from 61,000 books last year and 52,000 in 2019, the council said.';

describe('GIVEN a sentence that gives a figure beside the figures it is compared with, each with its time', () => {
  it.each([
    ['how many books did the library lend last year', '84,000 books', '61,000 books'],
    ['How many books were lent in 2019?', '84,000 books', '52,000'],
  ])('WHEN asked %s and the answer is %s THEN the figure asked is %s', (question, answer, figure) => {
    expect(figureOfTimeAsked(question, answer, SENTENCE)).toBe(figure);
  });

  it('WHEN the answer is already the figure beside the time asked THEN it stands', () => {
    expect(figureOfTimeAsked('how many books were lent last year', '61,000 books', SENTENCE)).toBeUndefined();
  });

  it('WHEN the question names a time no figure of the sentence stands beside THEN the answer stands', () => {
    expect(
      figureOfTimeAsked('how many books will be lent next year', '84,000 books', SENTENCE),
    ).toBeUndefined();
    expect(figureOfTimeAsked('how many books were lent', '84,000 books', SENTENCE)).toBeUndefined();
  });

  it('WHEN the answer is no figure THEN it stands', () => {
    expect(figureOfTimeAsked('who spoke for the library last year', 'the council', SENTENCE)).toBeUndefined();
  });
});

const LIBRARY = `Local

Harrowby library loans rise for a third year


Harrowby's public library lent 84,000 books this year, up from 61,000 books last year, the council said on Tuesday.

The library opened a new children's room in March and now stays open until 8 p.m. on weekdays.

Librarian Nora Quist said e-book loans had doubled.`;

describe('GIVEN a story that compares this year’s figure with last year’s in one sentence', () => {
  const kb = buildKnowledgeBase([parseStory({ id: 'library', file: 'library.txt', text: LIBRARY })]);

  it('WHEN asked the figure of last year THEN the answer is last year’s, not this year’s', () => {
    expect(answerQuestion(kb, 'how many books did the library lend last year').answer).toBe('61,000 books');
  });

  it('WHEN asked the figure of this year THEN the answer is this year’s', () => {
    expect(answerQuestion(kb, 'how many books did the library lend this year').answer).toBe('84,000 books');
  });
});
