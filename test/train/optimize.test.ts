import { describe, expect, it } from 'vitest';
import { toRecord, Vocabulary } from '../../scripts/train/optimize.ts';

describe('the weights file keeps features seen often enough', () => {
  it('GIVEN a feature seen in one question and one seen in three WHEN written with a minimum of three THEN only the frequent one is kept', () => {
    const vocabulary = new Vocabulary();
    for (let q = 0; q < 3; q++) {
      const features = new Map([['common', 1]]);
      if (q === 0) features.set('rare', 1);
      vocabulary.countGroup([
        vocabulary.encode(features, true),
        vocabulary.encode(new Map([['common', 0.5]]), true),
      ]);
    }
    const w = Float64Array.from([0.25, -0.5]);
    expect(toRecord(vocabulary, w, 4, 3)).toEqual({ common: 0.25 });
    expect(toRecord(vocabulary, w)).toEqual({ common: 0.25, rare: -0.5 });
  });
});
