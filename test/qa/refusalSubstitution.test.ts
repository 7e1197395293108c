import { describe, expect, it } from 'vitest';
import { refusalFeaturesFor as featuresFor } from '../support/refusalFeatures.ts';

const FERRY = 'The Harbour Board approved the northern ferry route in March 2021 after a long debate.';

const substitutions = (f: Map<string, number>) =>
  [...f.keys()].filter((k) => k.startsWith('subst:') && k !== 'subst:count');

describe('substitution cues of the trick detector', () => {
  it('GIVEN a question word swapped for another next to a word both share WHEN featured THEN the swap shows, with its kind', () => {
    const f = featuresFor(
      'When did the Harbour Board approve the southern ferry route?',
      FERRY,
      'March 2021',
    );
    expect(substitutions(f).some((k) => k.startsWith('subst:word-word:'))).toBe(true);
    expect(f.get('subst:count')).toBeGreaterThan(0);
  });

  it('GIVEN a name swapped for another name WHEN featured THEN a name-for-name swap shows', () => {
    const f = featuresFor(
      'When did the Harbour Council approve the northern ferry route?',
      FERRY,
      'March 2021',
    );
    expect(substitutions(f).some((k) => k.startsWith('subst:name-name:'))).toBe(true);
  });

  it('GIVEN a question whose every word the sentence holds WHEN featured THEN no swap shows', () => {
    const f = featuresFor(
      'When did the Harbour Board approve the northern ferry route?',
      FERRY,
      'March 2021',
    );
    expect(substitutions(f)).toEqual([]);
    expect(f.has('subst:count')).toBe(false);
  });
});
