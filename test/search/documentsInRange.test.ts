import { describe, expect, it } from 'vitest';
import { buildParagraphIndex, type ParagraphDoc } from '../../src/search/paragraphIndex.ts';
import { termsOf } from '../../src/search/terms.ts';

const WORDS = 'harbour ferry council vote budget storm river bridge school mayor fare tunnel'.split(' ');

/** 60 paragraphs of 3–8 words each, from a fixed sequence (every word in some, none in all). */
const docs: ParagraphDoc[] = Array.from({ length: 60 }, (_, id) => ({
  id,
  text: Array.from({ length: 3 + (id % 6) }, (_, k) => WORDS[(id * 7 + k * 5) % WORDS.length]).join(' '),
  title: 'Norvale news',
}));

describe('how many paragraphs of a range hold a term, from the postings', () => {
  it('GIVEN an index of 60 paragraphs WHEN every range of every term is counted THEN it is the number of paragraphs in the range whose text holds it', () => {
    const index = buildParagraphIndex(docs);
    expect(index.idsArePositions).toBe(true);
    const terms = [...new Set(docs.flatMap((d) => termsOf(d.text))), 'norval', 'absent'];
    let checked = 0;
    for (const term of terms)
      for (let first = 0; first < docs.length; first += 7)
        for (const count of [0, 1, 5, 20, docs.length - first]) {
          const expected = docs
            .slice(first, first + count)
            .filter((d) => termsOf(d.text).includes(term)).length;
          expect(index.paragraphsHolding(term, first, count), `${term} ${first}+${count}`).toBe(expected);
          checked++;
        }
    expect(checked).toBeGreaterThan(300);
  });

  it('GIVEN a word only in the titles WHEN counted in the text THEN no paragraph holds it', () => {
    const index = buildParagraphIndex(docs);
    expect(index.paragraphsHolding(termsOf('Norvale')[0]!, 0, docs.length)).toBe(0);
  });

  it('GIVEN paragraph ids that are not their positions WHEN counted THEN it refuses rather than count the wrong paragraphs', () => {
    const index = buildParagraphIndex(docs.map((d) => ({ ...d, id: d.id + 1000 })));
    expect(index.idsArePositions).toBe(false);
    expect(() => index.paragraphsHolding('harbour', 0, 10)).toThrow(/not positions/);
  });
});
