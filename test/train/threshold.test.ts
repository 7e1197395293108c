import { describe, expect, it } from 'vitest';
import { thresholdRefusing } from '../../scripts/train/crossValidate.ts';
import { lowestPassing } from '../../scripts/train/ownStoriesFloor.ts';
import type { Item } from '../../scripts/train/dataset.ts';
import type { Prediction } from '../../scripts/train/fit.ts';

const prediction = (source: Item['source'], confidence: number): Prediction => ({
  item: {
    source,
    question: {
      id: 'q',
      question: 'q?',
      answers: [],
      isImpossible: source !== 'squad',
      plausibleAnswers: [],
    },
  } as unknown as Item,
  answer: 'x',
  span: 'x',
  confidence,
});

describe('the answer threshold', () => {
  const tricks = [0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1].map((c) =>
    prediction('hand-written', c),
  );

  it('GIVEN ten hand-written tricks WHEN 60 % must be refused THEN the threshold is just above the sixth lowest confidence', () => {
    const t = thresholdRefusing(tricks, 0.6);
    expect(t).toBeGreaterThan(0.06);
    expect(t).toBeLessThanOrEqual(0.07);
    expect(tricks.filter((p) => p.confidence < t)).toHaveLength(6);
  });

  it('GIVEN real questions and news tricks beside them WHEN the threshold is chosen THEN only the hand-written tricks count', () => {
    const mixed = [...tricks, prediction('squad', 0.001), prediction('news', 0.5)];
    expect(thresholdRefusing(mixed, 0.6)).toBe(thresholdRefusing(tricks, 0.6));
  });

  it('GIVEN no hand-written tricks WHEN the threshold is chosen THEN it falls back to one half', () => {
    expect(thresholdRefusing([prediction('squad', 0.3)], 0.6)).toBe(0.5);
  });
});

describe("the own stories' floor", () => {
  it('GIVEN a floor first met at 0.5063 WHEN searched upwards from 0.4044 THEN the threshold is 0.5063, not the next 0.005 step (0.5094)', () => {
    const tried: number[] = [];
    const t = lowestPassing((threshold) => {
      tried.push(threshold);
      return threshold >= 0.5063;
    }, 0.4044);
    expect(t).toBe(0.5063);
    // Steps, then a bisection: far fewer runs of the engine than 4-decimal steps would take.
    expect(tried.length).toBeLessThan(40);
  });

  it('GIVEN a floor met where the search starts WHEN searched THEN the threshold stays there', () => {
    expect(lowestPassing(() => true, 0.4044)).toBe(0.4044);
  });

  it('GIVEN a floor no threshold below 1 meets WHEN searched THEN the threshold is 1 (refuse every model answer)', () => {
    expect(lowestPassing(() => false, 0.4044)).toBe(1);
  });
});
