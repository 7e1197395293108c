import { describe, expect, it } from 'vitest';
import { withinEdits } from '../../src/qa/evidence.ts';

/** Levenshtein distance by the full table: the reference the fast check must agree with. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** Seeded words over a small alphabet, so that near misses (one or two edits apart) are common. */
function words(count: number, seed: number): string[] {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () =>
    Array.from({ length: Math.floor(next() * 9) }, () => 'abce'[Math.floor(next() * 4)]).join(''),
  );
}

describe('withinEdits', () => {
  it('GIVEN 40,000 pairs of short words WHEN checked within 0, 1 and 2 edits THEN it agrees with the full edit distance', () => {
    const list = words(200, 7);
    let near = 0;
    const disagree: string[] = [];
    for (const a of list)
      for (const b of list)
        for (const max of [0, 1, 2]) {
          const expected = distance(a, b) <= max;
          if (expected && a !== b) near++;
          if (withinEdits(a, b, max) !== expected) disagree.push(`${a} ~ ${b} within ${max}`);
        }
    expect(disagree).toEqual([]);
    expect(near).toBeGreaterThan(1000);
  });

  it('GIVEN a misspelt word WHEN compared with the word THEN a swap is two edits and a dropped letter one', () => {
    expect(withinEdits('goverment', 'government', 1)).toBe(true);
    expect(withinEdits('govrenment', 'government', 1)).toBe(false);
    expect(withinEdits('govrenment', 'government', 2)).toBe(true);
    expect(withinEdits('governor', 'government', 2)).toBe(false);
  });
});
