import { describe, expect, it } from 'vitest';
import { questionView, sentenceMatches } from '../../src/qa/features.ts';
import { analyzeParagraph } from '../../src/qa/paragraphAnalysis.ts';
import { refusalConfidence, refusalFeatures } from '../../src/qa/refusal.ts';
import { paragraphOf, refusalFeaturesFor as featuresFor } from '../support/refusalFeatures.ts';

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

  const VOYAGE =
    'The harbour town welcomed the Portuguese explorer Tomas Vidal in 1498. He sailed on to the east the next spring.';

  it('GIVEN "Chinese explorer" where the sentence says "Portuguese explorer" WHEN featured THEN a swapped neighbour shows', () => {
    const swapped = featuresFor('What Chinese explorer did the harbour town welcome?', VOYAGE, 'Tomas Vidal');
    const real = featuresFor('What Portuguese explorer did the harbour town welcome?', VOYAGE, 'Tomas Vidal');
    expect(swapped.get('cue:swapped-neighbour')).toBeGreaterThan(0);
    expect(real.has('cue:swapped-neighbour')).toBe(false);
    expect(swapped.get('cue:missing-weight')).toBeGreaterThan(real.get('cue:missing-weight')!);
  });

  it("GIVEN a year near the sentence's but not equal WHEN featured THEN the years differ", () => {
    expect(
      featuresFor('Whom did the harbour town welcome in 1499?', VOYAGE, 'Tomas Vidal').get(
        'cue:year-differs',
      ),
    ).toBe(1);
    expect(
      featuresFor('Whom did the harbour town welcome in 1498?', VOYAGE, 'Tomas Vidal').has(
        'cue:year-differs',
      ),
    ).toBe(false);
  });

  it('GIVEN a question that adds "would" WHEN featured THEN the condition shows only on the question side', () => {
    expect(
      featuresFor('Whom would the harbour town welcome?', VOYAGE, 'Tomas Vidal').get(
        'cue:modal-question-only',
      ),
    ).toBe(1);
  });

  it('GIVEN a sentence that says the amount was not disclosed WHEN featured THEN the fact shows as left open', () => {
    const text = 'Acme bought the Orsk mill on Monday. The company did not disclose the price.';
    expect(
      featuresFor('How much did Acme pay for the mill?', text, 'Acme').has('cue:left-open-paragraph'),
    ).toBe(true);
    expect(featuresFor('How much did Acme pay for the mill?', text, 'company').has('cue:left-open')).toBe(
      true,
    );
    expect(featuresFor('Who bought the Orsk mill?', TEXT).has('cue:left-open')).toBe(false);
  });

  it('GIVEN a question about a governor over a paragraph that names none WHEN featured THEN the subject is absent', () => {
    const text = 'The port either grows or it slowly dies, the chairwoman said on Tuesday.';
    expect(featuresFor('What did the governor say about the port?', text).has('cue:subject-absent')).toBe(
      true,
    );
    expect(featuresFor('What did the chairwoman say about the port?', text).has('cue:subject-absent')).toBe(
      false,
    );
  });

  const DEAL =
    'Halvorsen Foods bought the Orsk mill for 40 million crowns in March, the chairwoman Ida Berg said.';

  it('GIVEN a question that swaps who did what WHEN featured THEN its words stand in the sentence in another order', () => {
    const swapped = featuresFor('Whom did the Orsk mill buy Halvorsen Foods from?', DEAL, 'March');
    const real = featuresFor('What did Halvorsen Foods buy the Orsk mill for?', DEAL, '40 million crowns');
    expect(swapped.get('cue:order-inverted')).toBeGreaterThan(real.get('cue:order-inverted') ?? 0);
    expect(real.get('cue:order-inverted')).toBe(0);
  });

  it('GIVEN a figure the sentence states otherwise WHEN featured THEN the figures differ', () => {
    expect(featuresFor('Who bought the mill for 50 million crowns?', DEAL).has('cue:figure-differs')).toBe(
      true,
    );
    expect(featuresFor('Who bought the mill for 40 million crowns?', DEAL).has('cue:figure-differs')).toBe(
      false,
    );
  });

  it('GIVEN a paraphrase and an added fact WHEN featured THEN the paraphrase finds a word near in meaning and the added fact none', () => {
    const paraphrase = featuresFor('Who purchased the Orsk mill?', DEAL, 'Halvorsen Foods');
    const added = featuresFor('Who bought the Orsk mill after the earthquake?', DEAL, 'Halvorsen Foods');
    expect(paraphrase.get('cue:vec-synonym-weight')).toBeGreaterThan(0);
    expect(added.get('cue:vec-absent-weight')! + added.get('cue:vec-related-weight')!).toBeGreaterThan(
      paraphrase.get('cue:vec-absent-weight')! + paraphrase.get('cue:vec-related-weight')!,
    );
  });

  it('GIVEN a span that only repeats the question WHEN featured THEN the share it repeats shows', () => {
    expect(
      featuresFor('Who bought the Orsk mill?', DEAL, 'the Orsk mill').get('cue:span-shares-question'),
    ).toBe(1);
    expect(
      featuresFor('Who bought the Orsk mill?', DEAL, 'Halvorsen Foods').get('cue:span-shares-question'),
    ).toBe(0);
  });

  it('GIVEN a sentence holding most of the question WHEN featured THEN every feature is also crossed with the "hi" band', () => {
    const f = featuresFor(
      'What Portuguese explorer did the harbour town welcome in 1498?',
      VOYAGE,
      'Tomas Vidal',
    );
    expect(f.get('sentence-overlap')).toBeGreaterThanOrEqual(0.6);
    expect(f.get('hi|bias')).toBe(1);
    expect(f.get('hi|sentence-overlap')).toBe(f.get('sentence-overlap'));
    expect(f.has('lo|bias')).toBe(false);
  });

  it('GIVEN a judged paragraph WHEN its features are crossed with the band THEN each feature shows once plain and once banded, values equal', () => {
    const f = featuresFor('Whom did the harbour town welcome in 1498?', VOYAGE, 'Tomas Vidal');
    const plain = [...f.keys()].filter((name) => !/^(?:lo|mid|hi)\|/u.test(name));
    const banded = [...f.keys()].filter((name) => /^(?:lo|mid|hi)\|/u.test(name));
    expect(banded).toHaveLength(plain.length);
    const band = banded[0]!.split('|')[0]!;
    for (const name of plain) expect(f.get(`${band}|${name}`)).toBe(f.get(name));
  });

  it("GIVEN one question read over two paragraphs WHEN featured THEN each paragraph's missing names are its own", () => {
    const q = questionView('Whom did Tomas Vidal meet in 1498?');
    const featured = (text: string) => {
      const pa = analyzeParagraph(paragraphOf(text));
      const matches = sentenceMatches(q, pa);
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
    };
    expect(featured(VOYAGE).get('missing-names')).toBe(0);
    expect(featured(TEXT).get('missing-names')).toBe(2);
    expect(featured(TEXT).has('missing-number')).toBe(true);
    expect(featured(VOYAGE).has('missing-number')).toBe(false);
  });
});

describe('refusal confidence', () => {
  const features = new Map([
    ['bias', 1],
    ['cue:swapped-neighbour', 1],
  ]);
  const confidence = { bias: 2 };

  it("GIVEN weights without a trick detector WHEN scored THEN the confidence is the span model's probability", () => {
    expect(refusalConfidence({ confidence }, features)).toBeCloseTo(1 / (1 + Math.exp(-2)), 10);
  });

  it('GIVEN a trick detector that weighs a swapped word against the question WHEN scored THEN the confidence drops', () => {
    const alone = refusalConfidence({ confidence }, features);
    const withDetector = refusalConfidence(
      { confidence, answerable: { bias: 2, 'cue:swapped-neighbour': -4 } },
      features,
    );
    expect(withDetector).toBeLessThan(alone / 2);
    const unswapped = refusalConfidence(
      { confidence, answerable: { bias: 2, 'cue:swapped-neighbour': -4 } },
      new Map([['bias', 1]]),
    );
    expect(unswapped).toBeGreaterThan(withDetector);
  });
});
