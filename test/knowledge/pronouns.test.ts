import { describe, expect, it } from 'vitest';
import { pronounsIn } from '../../src/knowledge/pronouns.ts';
import { CHIP_STORY, FLOOD_STORY, HARBOR_STORY, SCHOOL_STORY, WAGE_STORY } from '../support/stories.ts';

/** The pattern `pronounsIn` stands for. */
const byPattern = (text: string) =>
  [...text.matchAll(/\b(he|she|him|his|her|hers|himself|herself)\b/giu)].map((m) => ({
    text: m[0],
    index: m.index,
  }));

/** A seeded PRNG (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('pronounsIn', () => {
  it('GIVEN story text WHEN its pronouns are found THEN they are the pattern’s matches, as written and where', () => {
    for (const text of [HARBOR_STORY, SCHOOL_STORY, FLOOD_STORY, CHIP_STORY, WAGE_STORY]) {
      expect(pronounsIn(text)).toEqual(byPattern(text));
      expect(byPattern(text).length).toBeGreaterThan(0);
    }
  });

  it('GIVEN the edge cases of \\b and case folding WHEN scanned THEN the same as the pattern', () => {
    const cases = [
      'He said she told him; HIS, Hers, herSelf.',
      'the hero, ſhe, ſHE and HIMſELF, Khe and heK', // long s folds to s; the Kelvin sign is a word character
      'he_ she1 _him 2his héé her’s his-her “she”',
      'İhe ıshe heİ she\u0301 he',
      'she',
      '',
      'h',
    ];
    for (const text of cases) expect(pronounsIn(text)).toEqual(byPattern(text));
  });

  it('GIVEN 20,000 random strings of pronoun letters, word and other characters WHEN scanned THEN the same as the pattern', () => {
    const alphabet = [...'hHeEsSiImMrRfFlLkK_09 .,’-é', 'ſ', 'K', 'İ', '\u{1F600}'];
    const next = random(20240711);
    for (let n = 0; n < 20_000; n++) {
      const length = Math.floor(next() * 24);
      const text = Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect(pronounsIn(text)).toEqual(byPattern(text));
    }
  });
});
