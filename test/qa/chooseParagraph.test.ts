import { describe, expect, it } from 'vitest';
import { choiceFeatures, chooseParagraph, type ChoiceInput } from '../../src/qa/chooseParagraph.ts';

/** A judged paragraph: its raw confidence, the ranker's probability, and how much of the question its sentence holds. */
const judged = (raw: number, overlap: number, probability = 0.5, storyMatch = overlap): ChoiceInput => ({
  raw,
  probability,
  storyMatch,
  refusal: new Map([
    ['sentence-overlap', overlap],
    ['paragraph-overlap', overlap],
  ]),
});

describe('choosing the paragraph that answers among those read', () => {
  it('GIVEN no choice model WHEN paragraphs are compared THEN the most confident answers, the better retrieved on a tie', () => {
    expect(chooseParagraph({}, [judged(0.2, 0.9), judged(0.6, 0.3), judged(0.4, 0.5)])).toBe(1);
    expect(chooseParagraph({}, [judged(0.5, 0.2), judged(0.5, 0.9)])).toBe(0);
  });

  it('GIVEN nothing judged WHEN choosing THEN no paragraph is chosen', () => {
    expect(chooseParagraph({ choice: { score: 1 } }, [])).toBe(-1);
  });

  it('GIVEN a choice model that weighs how much of the question a sentence holds WHEN a slightly less sure paragraph holds far more THEN it answers', () => {
    const choice = { score: 1, 'below-best:sentence-overlap': 6 };
    const read = [judged(0.55, 0.2), judged(0.5, 0.9)];
    expect(chooseParagraph({}, read)).toBe(0);
    expect(chooseParagraph({ choice }, read)).toBe(1);
  });

  it('GIVEN the same paragraphs WHEN read in another order THEN the same paragraph is chosen', () => {
    const choice = { score: 1, 'below-best:sentence-overlap': 6, 'probability-below-best': 2 };
    const read = [judged(0.3, 0.4, 0.7), judged(0.5, 0.9, 0.2), judged(0.45, 0.6, 0.9)];
    const chosen = read[chooseParagraph({ choice }, read)];
    expect(read.toReversed()[chooseParagraph({ choice }, read.toReversed())]).toBe(chosen);
  });

  it('GIVEN paragraphs WHEN their features are worked out THEN each is measured against the best of the same question', () => {
    const [worse, best] = choiceFeatures([judged(0.2, 0.3), judged(0.8, 0.9)]);
    expect(best!.get('is-best')).toBe(1);
    expect(best!.get('below-best')).toBe(0);
    expect(worse!.has('is-best')).toBe(false);
    expect(worse!.get('below-best')).toBeLessThan(0);
    expect(worse!.get('below-best:sentence-overlap')).toBeCloseTo(-0.6);
  });
});
