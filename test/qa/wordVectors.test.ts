import { describe, expect, it } from 'vitest';
import { closestSimilarity, similarity } from '../../src/qa/wordVectors.ts';

describe('word similarity from the compact word vectors', () => {
  it('GIVEN words of one kind and of another WHEN compared THEN the same kind is nearer, whatever their case', () => {
    expect(similarity('city', 'town')!).toBeGreaterThan(similarity('city', 'banana')! + 0.3);
    expect(similarity('Position', 'QUARTERBACK')).toBe(similarity('position', 'quarterback'));
    expect(similarity('city', 'city')).toBeCloseTo(1, 5);
  });

  it('GIVEN a word the table lacks WHEN compared THEN there is no similarity rather than a made-up one', () => {
    expect(similarity('city', 'zqxvbrtl')).toBeNull();
  });

  it("GIVEN a word and a sentence's words WHEN the closest is asked THEN it is the highest similarity of the known ones, to the last bit", () => {
    const words = ['Town', 'banana', 'zqxvbrtl', 'village', 'city'];
    const known = words.map((w) => similarity('CITY', w)).filter((s): s is number => s !== null);
    expect(closestSimilarity('CITY', words)).toBe(Math.max(...known));
    expect(closestSimilarity('city', ['zqxvbrtl'])).toBeNull();
    expect(closestSimilarity('zqxvbrtl', ['city'])).toBeNull();
  });
});
