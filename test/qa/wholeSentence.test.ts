import { describe, expect, it } from 'vitest';
import { isCutSentence } from '../../src/qa/answer.ts';
import { MAX_ANSWER_LENGTH } from '../../src/qa/ruleCommon.ts';
import type { Citation } from '../../src/qa/types.ts';

const SENTENCE =
  'The crew union, which represents most of the deckhands on the night boats, said in a statement that the new crossings were "a welcome start" but that it would keep pushing for a minimum wage on every route the company runs.';
const citation: Citation = {
  story: 'ferry',
  title: 'Ferry operator adds night crossings',
  paragraph: 4,
  text: SENTENCE,
  source: null,
  sentence: SENTENCE,
};

describe('GIVEN an answer and the sentence it cites', () => {
  it('WHEN the answer is the sentence cut short with an ellipsis THEN it is a cut sentence', () => {
    const cut = `${SENTENCE.slice(0, MAX_ANSWER_LENGTH - 1).replace(/\s+\S*$/u, '')}…`;
    expect(cut.length).toBeLessThan(SENTENCE.length);
    expect(isCutSentence(cut, citation)).toBe(true);
  });

  it('WHEN the answer is a phrase of it, or a short opening cut THEN it is not', () => {
    expect(isCutSentence('a minimum wage', citation)).toBe(false);
    expect(isCutSentence('The crew union…', citation)).toBe(false);
    expect(isCutSentence(SENTENCE, citation)).toBe(false);
  });
});
