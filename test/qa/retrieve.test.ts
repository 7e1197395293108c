import { describe, expect, it } from 'vitest';
import { worthJudging } from '../../src/qa/retrieve.ts';
import { UNJUDGED_SCORE_RATIO } from '../../src/qa/tuning.ts';

const verdicts = (...confidences: number[]) => confidences.map((confidence) => ({ verdict: { confidence } }));
const far = { id: 7, rank: 3, scoreRatio: UNJUDGED_SCORE_RATIO - 0.01 };
const near = { id: 8, rank: 4, scoreRatio: UNJUDGED_SCORE_RATIO };

describe('worthJudging', () => {
  it('skips a paragraph far below the top one once a judged paragraph is sure', () => {
    expect(worthJudging(far, verdicts(0.3, 0.62), 0.5)).toBe(false);
  });

  it('judges it while no judged paragraph is sure', () => {
    expect(worthJudging(far, verdicts(0.3, 0.49), 0.5)).toBe(true);
    expect(worthJudging(far, [], 0.5)).toBe(true);
  });

  it('judges a paragraph at the ratio or above, sure or not', () => {
    expect(worthJudging(near, verdicts(0.9), 0.5)).toBe(true);
  });
});
