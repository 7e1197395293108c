import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src/knowledge/types.ts';
import { splitSentences } from '../../src/knowledge/splitSentences.ts';
import { candidateFeatures, questionView, sentenceMatches } from '../../src/qa/features.ts';
import { analyzeParagraph } from '../../src/qa/paragraphAnalysis.ts';
import { refusalFeatures } from '../../src/qa/refusal.ts';

const paragraphOf = (text: string): Paragraph => ({
  storyId: 's',
  number: 1,
  text,
  sentences: splitSentences(text),
});

function featuresFor(question: string, text: string) {
  const q = questionView(question);
  const pa = analyzeParagraph(paragraphOf(text));
  const matches = sentenceMatches(q, pa);
  candidateFeatures(q, pa, matches);
  return refusalFeatures({
    q,
    pa,
    matches,
    best: pa.candidates[0]!,
    probability: 0.5,
    margin: 0.1,
    ruleAnswered: false,
    ruleAgrees: false,
  });
}

const TEXT = 'Congress passed the Housing Act of 1998 after a long debate in the Senate.';

describe('refusal features', () => {
  it('GIVEN a question about 1988 over a text about 1998 WHEN featured THEN the year is missing (figures match exactly)', () => {
    expect(featuresFor('Who passed the Housing Act of 1988?', TEXT).get('missing-number')).toBe(1);
    expect(featuresFor('Who passed the Housing Act of 1998?', TEXT).has('missing-number')).toBe(false);
  });

  it('GIVEN a name the paragraph never mentions WHEN featured THEN it counts as missing', () => {
    expect(featuresFor('Who did Obama meet in the Senate?', TEXT).get('missing-names')).toBe(1);
  });

  it('GIVEN a negated question over an affirmative sentence WHEN featured THEN the negation mismatch shows', () => {
    expect(featuresFor('Who did not pass the Housing Act?', TEXT).get('negation-question-only')).toBe(1);
  });

  it('GIVEN "short" where the text says "long" WHEN featured THEN an antonym shows', () => {
    expect(featuresFor('What came after a short debate?', TEXT).get('antonym')).toBe(1);
  });
});
