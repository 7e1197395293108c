import { describe, expect, it } from 'vitest';
import { calibrated, logit, sigmoid } from '../../src/qa/model.ts';
import { fitCalibration } from '../../scripts/train/calibrate.ts';

/** Points whose chance of being right is sigmoid(a · logit(p) + b), laid out on a fixed grid. */
function pointsFrom(a: number, b: number) {
  const points: { p: number; right: boolean }[] = [];
  for (let i = 1; i < 100; i++) {
    const p = i / 100;
    const rightOf100 = Math.round(100 * sigmoid(a * logit(p) + b));
    for (let k = 0; k < 100; k++) points.push({ p, right: k < rightOf100 });
  }
  return points;
}

describe('GIVEN raw scores that understate how often answers are right', () => {
  const points = pointsFrom(0.8, 1.2);

  it('WHEN the calibration is fitted THEN it recovers the mapping that made them', () => {
    const { a, b } = fitCalibration(points);
    expect(a).toBeCloseTo(0.8, 1);
    expect(b).toBeCloseTo(1.2, 1);
  });

  it('WHEN it is fitted twice THEN it gives the same numbers (training is deterministic)', () => {
    expect(fitCalibration(points)).toEqual(fitCalibration(points));
  });

  it('WHEN a score is calibrated THEN the order of scores is kept and no calibration leaves it as is', () => {
    const c = fitCalibration(points);
    expect(calibrated(0.2, c)).toBeLessThan(calibrated(0.3, c));
    expect(calibrated(0.2, c)).toBeGreaterThan(0.2);
    expect(calibrated(0.2, undefined)).toBe(0.2);
  });
});

describe('GIVEN many very low raw scores that are right far more often than they say', () => {
  // Newton's full step from the fixed start overshoots here (it went to a ≈ -3·10^11).
  const points: { p: number; right: boolean }[] = [];
  for (let i = 0; i < 300; i++) points.push({ p: 0.0001 * (1 + (i % 5)), right: i % 4 === 0 });
  for (let i = 0; i < 100; i++) points.push({ p: 0.2 + 0.005 * i, right: i % 3 !== 0 });

  it('WHEN the calibration is fitted THEN it stays a mild increasing mapping that lifts the low scores', () => {
    const c = fitCalibration(points);
    expect(c.a).toBeGreaterThan(0);
    expect(c.a).toBeLessThan(1);
    expect(calibrated(0.0001, c)).toBeGreaterThan(0.1);
    expect(calibrated(0.0001, c)).toBeLessThan(calibrated(0.5, c));
  });
});
