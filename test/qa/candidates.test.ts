import { describe, expect, it } from 'vitest';
import { candidatesOf } from '../../src/qa/candidates.ts';
import { splitSentences } from '../../src/knowledge/splitSentences.ts';
import { tagText } from '../../src/knowledge/tagger.ts';

const candidates = (text: string) =>
  candidatesOf(text, tagText(text), splitSentences(text)).map((c) => c.text);

describe('answer candidates', () => {
  it('GIVEN a sentence with a date, a place and a sum WHEN candidates are proposed THEN each is one of them', () => {
    const text =
      'The Valmora council approved the new bridge on March 4, 2025, in Port Alder because the old one cost $5 million a year to repair.';
    const found = candidates(text);
    expect(found).toContain('March 4, 2025');
    expect(found).toContain('Port Alder');
    expect(found).toContain('$5 million');
    expect(found).toContain('Valmora council');
    expect(found.some((c) => c.startsWith('because the old one cost'))).toBe(true);
  });

  it('GIVEN a figure with its unit WHEN candidates are proposed THEN the figure keeps its noun and a hyphenated word stays whole', () => {
    const found = candidates('The city will build a 14-kilometer light rail line with 12 stations.');
    expect(found).toContain('12 stations');
    expect(found.some((c) => c.includes('14-kilometer light rail line'))).toBe(true);
    expect(found).not.toContain('14 -kilometer light');
  });

  it('GIVEN two sentences WHEN candidates are proposed THEN none crosses a sentence boundary', () => {
    const text = 'Marsh chairs the board. Reyes leads the union.';
    const sentences = splitSentences(text);
    for (const c of candidatesOf(text, tagText(text), sentences)) {
      const s = sentences[c.sentence]!;
      expect(c.charStart).toBeGreaterThanOrEqual(s.start);
      expect(c.charEnd).toBeLessThanOrEqual(s.end);
    }
  });
});
