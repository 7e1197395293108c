import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src/knowledge/types.ts';
import { splitSentences } from '../../src/knowledge/splitSentences.ts';
import { questionView, sentenceMatches } from '../../src/qa/features.ts';
import { analyzeParagraph } from '../../src/qa/paragraphAnalysis.ts';
import {
  alignedToQuestion,
  derivedFrom,
  PARAPHRASE_MATCH,
  paraphraseMatcher,
  paraphrasesOf,
} from '../../src/qa/paraphrases.ts';
import { normalizeTerm } from '../../src/search/terms.ts';

const paragraphOf = (text: string): Paragraph => ({
  storyId: 's',
  number: 1,
  text,
  sentences: splitSentences(text),
});

/** The share of the question's weight the paragraph's first sentence holds, before and after alignment. */
function overlapOf(question: string, text: string): { before: number; after: number } {
  const q = questionView(question);
  const pa = analyzeParagraph(paragraphOf(text));
  return {
    before: sentenceMatches(q, pa)[0]!.overlap,
    after: sentenceMatches(q, alignedToQuestion(q, pa))[0]!.overlap,
  };
}

const term = (word: string) => normalizeTerm(word)!;

describe('paraphrases and derivations read as the question words', () => {
  it('GIVEN "When did the senate block the bill?" WHEN the paragraph speaks of "the senate\'s veto" THEN the model reads the question\'s "block" there', () => {
    const { before, after } = overlapOf(
      'When did the Harlow senate block the housing bill?',
      "The senate's veto of the housing bill came in May, after a long debate.",
    );
    expect(after).toBeGreaterThan(before);
  });

  it('GIVEN "Who owns the dairy?" WHEN the rule engine reads "The dairy\'s owner, …" THEN the derivation counts a little less than the word', () => {
    const matcher = paraphraseMatcher('Who owns the dairy?', [term('owns'), term('dairy')]);
    expect(matcher(term('owns'), "The dairy's owner, Brenna Foods, said it would close the plant.")).toBe(
      PARAPHRASE_MATCH,
    );
    expect(matcher(term('owns'), 'The dairy closed the plant.')).toBe(0);
    expect(PARAPHRASE_MATCH).toBeLessThan(0.8);
  });

  it('GIVEN "Who owns the dairy?" WHEN the model reads "the dairy\'s owner" THEN it does not count the derivation (it answered tricks)', () => {
    const { before, after } = overlapOf(
      'Who owns the Tolland dairy?',
      "The dairy's owner, Brenna Foods, said it would close.",
    );
    expect(after).toBe(before);
  });

  it('GIVEN a question that asks "how many years in a row" WHEN the sentence says "the fifth consecutive year" THEN it holds that part of the question', () => {
    const { before, after } = overlapOf(
      'How many years in a row has the fair lost money?',
      'The fair lost money for the fifth consecutive year, its treasurer said.',
    );
    expect(after).toBeGreaterThan(before);
  });

  it('GIVEN a sentence without any paraphrase of the question WHEN aligned THEN the cached analysis is returned unchanged', () => {
    const q = questionView('Who owns the dairy?');
    const pa = analyzeParagraph(paragraphOf('The mill closed on Friday after a flood.'));
    expect(alignedToQuestion(q, pa)).toBe(pa);
  });

  it('GIVEN agent and state nouns WHEN compared with their verbs THEN "owner", "winner", "voter", "ownership" derive and "statement" or "governance" do not', () => {
    expect(derivedFrom(term('owns'), term('owner'))).toBe(true);
    expect(derivedFrom(term('win'), term('winner'))).toBe(true);
    expect(derivedFrom(term('vote'), term('voter'))).toBe(true);
    expect(derivedFrom(term('owns'), term('ownership'))).toBe(true);
    expect(derivedFrom(term('state'), term('statement'))).toBe(false);
    expect(derivedFrom(term('govern'), term('governance'))).toBe(false);
  });

  it("GIVEN a question that writes a group's word itself WHEN its paraphrases are listed THEN that word is never mapped to another", () => {
    const q = questionView('Did the senator veto or block the bill?');
    const map = paraphrasesOf(q.text, new Set(q.terms.keys()));
    expect(map.has(term('veto'))).toBe(false);
    expect(map.has(term('block'))).toBe(false);
    expect(map.get(term('vetoed'))).toBeUndefined();
  });

  it('GIVEN "in a row" only as words of another phrase WHEN listed THEN "row" stands for "consecutive" only when the question says "in a row"', () => {
    const asked = questionView('Who sat in the front row?');
    expect(paraphrasesOf(asked.text, new Set(asked.terms.keys())).has(term('consecutive'))).toBe(false);
    const streak = questionView('How many games in a row did they win?');
    expect(paraphrasesOf(streak.text, new Set(streak.terms.keys())).get(term('consecutive'))).toBe(
      term('row'),
    );
  });
});
