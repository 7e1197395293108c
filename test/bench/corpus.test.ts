import { describe, expect, it } from 'vitest';
import { loadStories } from '../../src/knowledge/loadStories.ts';
import {
  buildCollection,
  detokenize,
  paragraphCount,
  parseBrownText,
  parseSize,
  type PoolStory,
} from '../../scripts/bench/corpus.ts';
import { buildQueries, contentWords } from '../../scripts/bench/queries.ts';
import { seededRandom } from '../../scripts/bench/prng.ts';

const { stories: bundled } = await loadStories('knowledge');

/** A small pool, so that recombination is exercised without reading the real corpora. */
const tinyPool: PoolStory[] = [
  {
    id: 'brown-ca01',
    file: 'brown/ca01',
    title: 'Jury report',
    source: 'Brown Corpus (news)',
    category: 'news',
    paragraphs: Array.from({ length: 10 }, (_, i) => `The jury met on day ${i + 1}. It found no evidence of fraud.`),
  },
  {
    id: 'sotu-1790',
    file: 'sotu/1790.txt',
    title: 'State of the Union address, 1790',
    source: 'sotu',
    category: 'sotu',
    paragraphs: Array.from({ length: 8 }, (_, i) => `Congress will meet ${i + 2} times. The revenue is sound.`),
  },
];

describe('corpus builder', () => {
  it('GIVEN Brown tokens WHEN detokenized THEN quotes curl and punctuation hugs its word', () => {
    expect(detokenize(['He', 'said', '``', 'no', "''", ',', 'then', 'left', '.'])).toBe('He said “no”, then left.');
    expect(detokenize(['Ivan', 'Allen', 'Jr.', '.'])).toBe('Ivan Allen Jr.');
  });

  it('GIVEN a Brown text WHEN parsed THEN headlines become the title and blocks become paragraphs', () => {
    const raw = '\n\n\tFirst/at-hl line/nn-hl\nThe/at jury/nn met/vbd ./.\n\n\n\tIt/pps left/vbd ./.\n';
    const story = parseBrownText('ca99', 'news', raw);
    expect(story.title).toBe('First line');
    expect(story.paragraphs).toEqual(['The jury met.', 'It left.']);
  });

  it('GIVEN a seed WHEN the same collection is built twice THEN it is identical, and another seed orders it differently', () => {
    const once = buildCollection({ size: 60, bundled, pool: tinyPool, seed: 7 });
    const twice = buildCollection({ size: 60, bundled, pool: tinyPool, seed: 7 });
    expect(JSON.stringify(twice)).toBe(JSON.stringify(once));
    const other = buildCollection({ size: 60, bundled, pool: tinyPool, seed: 8 });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(once));
  });

  it('GIVEN a size beyond the pool WHEN built THEN exactly that many paragraphs, the bundled story unchanged, the rest recombined from real sentences', () => {
    const stories = buildCollection({ size: 60, bundled, pool: tinyPool, seed: 7 });
    expect(paragraphCount(stories)).toBe(60);
    const story = bundled[0]!;
    expect(stories.find((s) => s.id === story.id)).toEqual(story);
    const realSentences = new Set(
      tinyPool.flatMap((s) => s.paragraphs.flatMap((p) => p.split(/(?<=\.) /))),
    );
    const mixed = stories.filter((s) => s.id.startsWith('mix-')).flatMap((s) => s.paragraphs);
    expect(mixed.length).toBe(60 - 18 - paragraphCount(bundled));
    for (const p of mixed) {
      expect(p.sentences.length).toBeGreaterThanOrEqual(2);
      for (const s of p.sentences) expect(realSentences).toContain(s.text);
    }
  });

  it('GIVEN a size within the pool WHEN built THEN news comes first, the last story is cut to fit, numbering stays 1-based', () => {
    const stories = buildCollection({ size: 20, bundled, pool: tinyPool, seed: 7 });
    expect(paragraphCount(stories)).toBe(20);
    const filler = stories.filter((s) => !bundled.some((b) => b.id === s.id));
    expect(filler.map((s) => s.id)).toEqual(['brown-ca01']);
    expect(filler[0]!.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('GIVEN size labels WHEN parsed THEN bundled, thousands and plain numbers are understood', () => {
    expect(parseSize('bundled')).toBe('bundled');
    expect(parseSize('1k')).toBe(1000);
    expect(parseSize('100k')).toBe(100_000);
    expect(parseSize('2500')).toBe(2500);
    expect(() => parseSize('huge')).toThrow(/unknown size/);
  });

  it('GIVEN paragraphs WHEN questions are made THEN 3–6 distinct words of the source paragraph, some misspelt, same for a seed', () => {
    const paragraphs = bundled.flatMap((s) => s.paragraphs);
    const queries = buildQueries(paragraphs, { count: 200, seed: 3 });
    expect(buildQueries(paragraphs, { count: 200, seed: 3 })).toEqual(queries);
    for (const q of queries) {
      const words = q.text.split(' ');
      expect(words.length).toBeGreaterThanOrEqual(3);
      expect(words.length).toBeLessThanOrEqual(6);
      const source = new Set(contentWords(paragraphs[q.target]!.text));
      expect(words.filter((w) => !source.has(w)).length).toBe(q.misspelt ? 1 : 0);
    }
    const misspelt = queries.filter((q) => q.misspelt).length / queries.length;
    expect(misspelt).toBeGreaterThan(0.1);
    expect(misspelt).toBeLessThan(0.4);
  });

  it('GIVEN a seed WHEN random numbers are drawn THEN the sequence repeats', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });
});
