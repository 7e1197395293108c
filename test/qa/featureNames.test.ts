import { describe, expect, it } from 'vitest';
import { featureNamesOf, FeatureNames } from '../../src/qa/featureNames.ts';
import { candidateFeatures, questionView, sentenceMatches } from '../../src/qa/features.ts';
import { analyzeParagraph } from '../../src/qa/paragraphAnalysis.ts';
import { splitSentences } from '../../src/knowledge/splitSentences.ts';

const TEXT =
  'The harbour board elected Mara Velden as its chair on Tuesday, officials said. She voted against the ferry plan because it would cost $48 million.';

describe('feature names are joined once and are the names the ranker was trained on', () => {
  it('GIVEN a question WHEN names are crossed with its question word, form and asked noun THEN they are the template strings', () => {
    const q = questionView('What position did the harbour board elect Mara Velden to?');
    const names = new FeatureNames(q);
    expect(names.crossed('next-verb')).toBe(`wh:${q.wh}|next-verb`);
    expect(names.formed('side:between')).toBe(`form:${q.form}|side:between`);
    expect(names.crossed(names.formed('side:between'))).toBe(`wh:${q.wh}|form:${q.form}|side:between`);
    expect(names.asked('type:np')).toBe(`wh-noun:${q.whNoun}|type:np`);
    expect(names.join('first:', 'PROPN')).toBe('first:PROPN');
  });

  it('GIVEN a name asked for twice WHEN joined THEN the second is the very same string (made once)', () => {
    const names = new FeatureNames(questionView('Who voted against the plan?'));
    const prefix = ['prev', 'word:'].join('-');
    expect(names.join(prefix, 'the')).toBe(names.join(prefix, 'the'));
    expect(names.join('len:', '2')).not.toBe(names.join('len:', '3'));
  });

  it("GIVEN one question's view WHEN names are asked for twice THEN the question's names are made once; another question has its own", () => {
    const q = questionView('Who voted against the plan?');
    const other = questionView('When did the board vote?');
    expect(featureNamesOf(q)).toBe(featureNamesOf(q));
    expect(featureNamesOf(other).crossed('next-verb')).toBe(`wh:${other.wh}|next-verb`);
    expect(featureNamesOf(q).crossed('next-verb')).toBe(`wh:${q.wh}|next-verb`);
  });

  it('GIVEN a paragraph WHEN its candidates get features THEN every crossed feature carries the question word', () => {
    const q = questionView('Why did she vote against the ferry plan?');
    const pa = analyzeParagraph({ storyId: 's', number: 1, text: TEXT, sentences: splitSentences(TEXT) });
    const features = candidateFeatures(q, pa, sentenceMatches(q, pa));
    const names = features.flatMap((f) => [...f.keys()]);
    expect(names).toContain(`wh:${q.wh}|left3`);
    expect(names.some((n) => n.startsWith(`wh:${q.wh}|side:`))).toBe(true);
    expect(names.some((n) => n.startsWith(`wh:${q.wh}|form:${q.form}|side:`))).toBe(true);
    expect(names.filter((n) => n.startsWith('wh:')).every((n) => n.startsWith(`wh:${q.wh}|`))).toBe(true);
  });
});
