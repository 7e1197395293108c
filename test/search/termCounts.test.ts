import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src/knowledge/types.ts';
import { buildKnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { normalizeTerm, tokenize } from '../../src/search/terms.ts';
import { chipStory, floodStory, harborStory, schoolStory, wageStory } from '../support/stories.ts';

/** The former second pass: every sentence tokenized again, its first word left out. */
function reference(paragraphs: readonly Paragraph[]) {
  const documentFrequency = new Map<string, number>();
  const capitalized = new Map<string, number>();
  const occurrences = new Map<string, number>();
  for (const p of paragraphs) {
    const seen = new Set<string>();
    for (const sentence of p.sentences) {
      tokenize(sentence.text).forEach((token, i) => {
        const term = normalizeTerm(token);
        if (!term) return;
        if (!seen.has(term)) {
          seen.add(term);
          documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
        }
        if (i === 0) return;
        occurrences.set(term, (occurrences.get(term) ?? 0) + 1);
        if (/^\p{Lu}/u.test(token)) capitalized.set(term, (capitalized.get(term) ?? 0) + 1);
      });
    }
  }
  const properTerms = new Set<string>();
  for (const [term, n] of capitalized) if (n >= 0.6 * (occurrences.get(term) ?? n)) properTerms.add(term);
  return { documentFrequency, properTerms };
}

describe('term counts from the one tokenizing pass', () => {
  it('GIVEN five stories WHEN indexed once THEN names and document frequencies are those of a second pass', () => {
    const kb = buildKnowledgeBase([harborStory(), schoolStory(), floodStory(), chipStory(), wageStory()]);
    const expected = reference(kb.paragraphs);
    expect([...kb.properTerms].sort()).toEqual([...expected.properTerms].sort());
    expect(new Map(kb.documentFrequency)).toEqual(expected.documentFrequency);
    expect(kb.properTerms.size).toBeGreaterThan(3);
    expect(kb.documentFrequency.has('zzzz')).toBe(false);
  });
});
