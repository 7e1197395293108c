import { describe, expect, it } from 'vitest';
import type { SquadArticle, SquadQuestion } from '../../scripts/eval/squad.ts';
import { mergeSquad, selectArticles } from '../../scripts/eval/squadMerge.ts';

const qa = (id: string, answers: string[] = ['x']): SquadQuestion => ({
  id,
  question: `question ${id}?`,
  answers,
  isImpossible: answers.length === 0,
  plausibleAnswers: [],
});

const harbor: SquadArticle = {
  title: 'Harbor',
  paragraphs: [
    { context: 'The harbor reopened on Monday.', qas: [qa('h1')] },
    { context: 'Ferries resumed on Tuesday.', qas: [qa('h2')] },
  ],
};
const mill: SquadArticle = {
  title: 'Mill',
  paragraphs: [{ context: 'The mill closed in 1990.', qas: [qa('m1')] }],
};

describe('merging SQuAD files', () => {
  it('GIVEN a file of unanswerables copying one context under another title WHEN merged THEN its questions join that paragraph', () => {
    const tricks: SquadArticle = {
      title: 'Harbor (tricks)',
      paragraphs: [{ context: 'Ferries resumed on Tuesday.', qas: [qa('t1', [])] }],
    };
    const merged = mergeSquad([[harbor, mill], [tricks]]);
    expect(merged.map((a) => a.title)).toEqual(['Harbor', 'Mill']);
    expect(merged[0]!.paragraphs[1]!.qas.map((q) => q.id)).toEqual(['h2', 't1']);
  });

  it('GIVEN two files with the same article title WHEN merged THEN new contexts are appended in order', () => {
    const more: SquadArticle = {
      title: 'Harbor',
      paragraphs: [{ context: 'A new pier opens in May.', qas: [qa('h3')] }],
    };
    const merged = mergeSquad([[harbor], [more]]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.paragraphs.map((p) => p.qas[0]!.id)).toEqual(['h1', 'h2', 'h3']);
  });

  it('GIVEN merged files THEN the inputs are left unchanged', () => {
    mergeSquad([
      [harbor],
      [{ title: 'X', paragraphs: [{ context: 'The harbor reopened on Monday.', qas: [qa('x')] }] }],
    ]);
    expect(harbor.paragraphs[0]!.qas).toHaveLength(1);
  });

  it('GIVEN --articles as a count or as names THEN those articles are kept, and an unknown name is reported', () => {
    expect(selectArticles([harbor, mill], '1').map((a) => a.title)).toEqual(['Harbor']);
    expect(selectArticles([harbor, mill], 'mill, harbor').map((a) => a.title)).toEqual(['Mill', 'Harbor']);
    expect(() => selectArticles([harbor, mill], 'Dam')).toThrow(/no article "Dam"/);
  });
});
