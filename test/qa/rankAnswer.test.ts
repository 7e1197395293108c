import { describe, expect, it } from 'vitest';
import { topTwo } from '../../src/qa/rankAnswer.ts';

/** What judgeParagraph read before: the candidates sorted by probability, then by position. */
function bySort(probabilities: readonly number[]): { top: number; second: number } {
  const order = probabilities.map((_, i) => i).sort((a, b) => probabilities[b]! - probabilities[a]! || a - b);
  return { top: order[0]!, second: order.length > 1 ? probabilities[order[1]!]! : 0 };
}

describe("GIVEN a paragraph's candidate probabilities", () => {
  it('WHEN two candidates are equally likely THEN the earlier one is best and the other is second', () => {
    expect(topTwo([0.1, 0.4, 0.4, 0.1])).toEqual({ top: 1, second: 0.4 });
  });

  it('WHEN the paragraph has one candidate THEN it is best and the second probability is 0', () => {
    expect(topTwo([1])).toEqual({ top: 0, second: 0 });
  });

  it('WHEN the best comes last THEN the second is the best of the others', () => {
    expect(topTwo([0.2, 0.05, 0.15, 0.6])).toEqual({ top: 3, second: 0.2 });
  });

  it('WHEN 2,000 lists with many ties are read THEN the pick is the one sorting gave', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 2000; n++) {
      // Few distinct values, so that ties are common.
      const probabilities = Array.from({ length: 1 + (n % 40) }, () => Math.floor(next() * 5) / 8);
      expect(topTwo(probabilities)).toEqual(bySort(probabilities));
    }
  });
});
