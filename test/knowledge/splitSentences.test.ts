import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/knowledge/splitSentences.ts';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('GIVEN abbreviations and initials THEN it does not break at them', () => {
    expect(texts('Mr. Kim met the U.N. envoy on Jan. 5 in N. Korea. The talks failed.')).toEqual([
      'Mr. Kim met the U.N. envoy on Jan. 5 in N. Korea.',
      'The talks failed.',
    ]);
  });

  it('GIVEN a dotted acronym that ends a sentence THEN a common opener after it starts the next', () => {
    expect(texts('He flew to the U.S. He left on Monday.')).toEqual([
      'He flew to the U.S.',
      'He left on Monday.',
    ]);
    expect(texts('He was in the U.S. capital to attend.')).toEqual(['He was in the U.S. capital to attend.']);
  });

  it('GIVEN quotations THEN sentences end after the closing mark and split inside the quote', () => {
    expect(texts('“We will act,” she said. “Nobody is above the law.” He agreed.')).toEqual([
      '“We will act,” she said.',
      '“Nobody is above the law.”',
      'He agreed.',
    ]);
    expect(texts('“Regimes restrict freedom. The collusion challenges peace,” he said.')).toEqual([
      '“Regimes restrict freedom.',
      'The collusion challenges peace,” he said.',
    ]);
  });

  it('GIVEN decimals, question and exclamation marks THEN only real ends split', () => {
    expect(texts('Shares rose 2.5 percent! Why? Nobody knows.')).toEqual([
      'Shares rose 2.5 percent!',
      'Why?',
      'Nobody knows.',
    ]);
  });

  it('GIVEN any paragraph THEN each span points at its text in the paragraph', () => {
    const paragraph = 'Dr. Lee spoke.  “Yes,” he said. It rained.';
    for (const s of splitSentences(paragraph)) expect(paragraph.slice(s.start, s.end)).toBe(s.text);
  });
});
