import { describe, expect, it } from 'vitest';
import { antonymTerms, wordTerms } from '../../src/qa/antonyms.ts';
import { refusalFeaturesFor as featuresFor } from '../support/refusalFeatures.ts';

const MARKET =
  'The cooperative sold its grain to a mill in Tarnby in 2019. Its volunteers are unpaid and meet every Friday.';

describe('WordNet opposites', () => {
  it('GIVEN "buy" or "bought" WHEN its opposites are looked up THEN "sell" is among them, by search term', () => {
    expect(antonymTerms('buy').has(wordTerms('sell')[0]!)).toBe(true);
    expect(antonymTerms('bought').has(wordTerms('sold')[0]!)).toBe(true);
    expect(antonymTerms('buy').has(wordTerms('purchase')[0]!)).toBe(false);
  });

  it('GIVEN a superlative WHEN its opposites are looked up THEN its base word\'s opposites count ("largest" → "small")', () => {
    expect(antonymTerms('largest').has(wordTerms('small')[0]!)).toBe(true);
  });

  it('GIVEN a word WordNet pairs with nothing WHEN looked up THEN no opposite is made up', () => {
    expect(antonymTerms('grain').size).toBe(0);
  });
});

describe('assertion cues of the trick detector', () => {
  it('GIVEN "bought" where the sentence says "sold" WHEN featured THEN an opposite in the sentence shows', () => {
    expect(
      featuresFor('What did the cooperative buy from a mill in Tarnby?', MARKET).get(
        'cue:opposite-in-sentence',
      ),
    ).toBe(1);
    expect(
      featuresFor('What did the cooperative sell to a mill in Tarnby?', MARKET).has(
        'cue:opposite-in-sentence',
      ),
    ).toBe(false);
  });

  it('GIVEN "paid" where the sentence says "unpaid" WHEN featured THEN the negating prefix shows', () => {
    const f = featuresFor(
      'Who are the paid volunteers of the cooperative?',
      'Its volunteers are unpaid and meet every Friday.',
    );
    expect(f.get('cue:prefix-opposite')).toBe(1);
  });

  it('GIVEN a sentence that negates a word the question uses plainly WHEN featured THEN the scoped negation shows', () => {
    const text = 'The council did not approve the bridge plan in March.';
    expect(
      featuresFor('When did the council approve the bridge plan?', text).get(
        'cue:sentence-negates-question-word',
      ),
    ).toBe(1);
    expect(
      featuresFor(
        'When did the council approve the bridge plan?',
        'The council approved the bridge plan in March.',
      ).has('cue:sentence-negates-question-word'),
    ).toBe(false);
  });

  it('GIVEN a "when" question over a sentence with no date or year WHEN featured THEN the answer type is absent', () => {
    expect(
      featuresFor('When did the mill close?', 'The mill closed after a long strike by its workers.').get(
        'cue:answer-type-absent',
      ),
    ).toBe(1);
    expect(
      featuresFor('When did the mill close?', 'The mill closed in 2019 after a long strike.').has(
        'cue:answer-type-absent',
      ),
    ).toBe(false);
  });
});
