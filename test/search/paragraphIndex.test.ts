import { describe, expect, it } from 'vitest';
import { buildParagraphIndex, searchParagraphs, type ParagraphDoc } from '../../src/search/paragraphIndex.ts';
import { normalizeTerm, termsOf, tokenize } from '../../src/search/terms.ts';

const docs: ParagraphDoc[] = [
  { id: 0, title: 'Port', text: 'The port authority approved the expansion of the container terminal.' },
  { id: 1, title: 'Port', text: 'Union leaders said the vote was a betrayal of dock workers.' },
  { id: 2, title: 'Port', text: 'The expansion will be paid for with a bond issue and a federal grant.' },
  { id: 3, title: 'Floods', text: 'Rivers burst their banks after heavy rain in the region.' },
];
const index = buildParagraphIndex(docs);
const ids = (query: string) => searchParagraphs(index, query).map((h) => h.id);

describe('paragraph index', () => {
  it('GIVEN a small corpus WHEN searched THEN the paragraph holding the rarer words ranks first', () => {
    expect(ids('who called the vote a betrayal')[0]).toBe(1);
    expect(ids('how will the expansion be paid')[0]).toBe(2);
    expect(ids('expansion')).toEqual(expect.arrayContaining([0, 2]));
  });

  it('GIVEN inflected or misspelt words THEN stemming and typo tolerance still find the paragraph', () => {
    expect(ids('approve expansions')[0]).toBe(0);
    expect(ids('betrayl')[0]).toBe(1);
    expect(ids('rivers bursting')[0]).toBe(3);
  });

  it('GIVEN a query of stop words only THEN nothing matches', () => {
    expect(ids('what is the')).toEqual([]);
    expect(ids('   ')).toEqual([]);
  });
});

describe('terms', () => {
  it('GIVEN dotted acronyms, possessives and figures THEN each is one searchable term', () => {
    expect(tokenize('the U.N. panel’s 640,000 units in 2.4 seconds')).toEqual([
      'the',
      'UN',
      'panel',
      '640,000',
      'units',
      'in',
      '2.4',
      'seconds',
    ]);
    expect(termsOf('Russia’s veto of the U.N. resolution')).toEqual(['russia', 'veto', 'un', 'resolut']);
  });

  it('GIVEN irregular past forms THEN they meet their base form', () => {
    expect(normalizeTerm('made')).toBe(normalizeTerm('make'));
    expect(normalizeTerm('told')).toBe(normalizeTerm('tell'));
  });

  it('GIVEN an acronym spelling a stop word THEN it is kept', () => {
    expect(normalizeTerm('US')).toBe('us');
    expect(normalizeTerm('us')).toBeNull();
  });
});
