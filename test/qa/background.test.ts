import { describe, expect, it } from 'vitest';
import { backgroundWeight, weightedTerms } from '../../src/qa/background.ts';

describe('background term weights', () => {
  it('GIVEN an everyday word and a rare one WHEN weighed THEN the rare one weighs more', () => {
    expect(backgroundWeight('chloroplast')).toBeGreaterThan(backgroundWeight('house'));
  });

  it('GIVEN a question WHEN its terms are weighed THEN stop words are dropped and weights do not depend on any story', () => {
    const terms = weightedTerms(['What', 'did', 'the', 'council', 'approve']);
    expect([...terms.keys()]).toEqual(['council', 'approv']);
    expect(weightedTerms(['council']).get('council')).toBe(terms.get('council'));
  });
});
