import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { seededRandom, type Random } from '../../scripts/bench/prng.ts';
import { TopKIndex, type TopKHit } from '../../src/search/topKIndex.ts';
import { normalizeTerm, tokenize } from '../../src/search/terms.ts';

interface Doc {
  id: number;
  text: string;
  title: string;
}

/** A vocabulary of made-up words whose use follows Zipf's law, as words in news text do. */
function makeVocabulary(random: Random, size: number): string[] {
  const letters = 'abcdefghiklmnoprstuvwy';
  const words = new Set<string>();
  while (words.size < size) {
    let w = '';
    for (let i = random.int(2, 10); i > 0; i--) w += letters[random.int(0, letters.length - 1)];
    words.add(w);
  }
  return [...words];
}

function zipfPicker(random: Random, words: readonly string[]): () => string {
  const weights = words.map((_, i) => 1 / (i + 1));
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w));
  return () => {
    const x = random.next() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo]!;
  };
}

function makeCorpus(seed: number, count: number): { docs: Doc[]; vocabulary: string[]; word: () => string } {
  const random = seededRandom(seed);
  const vocabulary = makeVocabulary(random, 3000);
  const word = zipfPicker(random, vocabulary);
  const titles = Array.from({ length: Math.ceil(count / 20) }, () =>
    Array.from({ length: random.int(2, 6) }, word).join(' '),
  );
  const docs = Array.from({ length: count }, (_, id) => ({
    id,
    title: titles[Math.floor(id / 20)]!,
    text: Array.from({ length: random.int(5, 80) }, word).join(' '),
  }));
  return { docs, vocabulary, word };
}

function misspell(random: Random, w: string): string {
  const at = random.int(0, w.length - 1);
  return random.next() < 0.5 ? w.slice(0, at) + w.slice(at + 1) : w.slice(0, at) + 'x' + w.slice(at);
}

class DocIndex extends TopKIndex<Doc, number> {}

const OPTIONS: Options<Doc> = { fields: ['text', 'title'], storeFields: [] };

/** Same hits as MiniSearch's best k: scores within 1e-9 place by place; ids equal except among ties. */
function expectSameRanking(
  ours: TopKHit<unknown>[],
  all: { id: unknown; score: number; terms: string[] }[],
  k: number,
) {
  const theirs = all.slice(0, k);
  expect(ours.length).toBe(theirs.length);
  ours.forEach((hit, i) => {
    const expected = theirs[i]!;
    expect(Math.abs(hit.score - expected.score)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected.score));
    const tied = all.filter((t) => Math.abs(t.score - hit.score) <= 1e-9 * Math.max(1, hit.score));
    if (hit.id !== expected.id) expect(tied.map((t) => t.id)).toContain(hit.id);
    else expect([...hit.terms].sort()).toEqual([...expected.terms].sort());
  });
}

describe('TopKIndex', () => {
  const { docs, vocabulary, word } = makeCorpus(7, 1500);
  const plain = new MiniSearch<Doc>(OPTIONS);
  plain.addAll(docs);
  const index = DocIndex.build(docs, OPTIONS);

  it('GIVEN the same documents WHEN built in one pass THEN it is the index MiniSearch#addAll makes', () => {
    expect(JSON.stringify(index)).toBe(JSON.stringify(plain));
  });

  it('GIVEN a token counter WHEN the index is built THEN it hears each distinct token once, with how often it occurred, in first-seen order', () => {
    const heard: [string, string, number][] = [];
    const counted = DocIndex.build(docs.slice(0, 200), OPTIONS, (field, token, n) =>
      heard.push([field, token, n]),
    );
    const expected: [string, string, number][] = [];
    const defaultTokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
    for (const field of ['text', 'title'] as const) {
      const counts = new Map<string, number>();
      for (const d of docs.slice(0, 200))
        for (const token of defaultTokenize(d[field])) counts.set(token, (counts.get(token) ?? 0) + 1);
      for (const [token, n] of counts) expected.push([field, token, n]);
    }
    expect(heard).toEqual(expected);
    expect(heard.some(([, , n]) => n > 1)).toBe(true);
    expect(JSON.stringify(counted)).toBe(JSON.stringify(DocIndex.build(docs.slice(0, 200), OPTIONS)));
  });

  const random = seededRandom(11);
  const queries = Array.from({ length: 1000 }, () => {
    const words = Array.from({ length: random.int(1, 7) }, () =>
      random.next() < 0.3 ? random.pick(vocabulary) : word(),
    );
    if (random.next() < 0.3) words[0] = misspell(random, words[0]!);
    return words.join(' ');
  });
  const variants: [string, Omit<SearchOptions, 'filter'>][] = [
    ['defaults', {}],
    ['fuzzy and prefix', { fuzzy: 0.2, prefix: (t) => t.length > 4 }],
    [
      'boosts and term boosts',
      { boost: { title: 2.5 }, boostTerm: (_t, i) => 1 + i / 3, weights: { fuzzy: 0.5, prefix: 0.6 } },
    ],
    ['one field', { fields: ['text'], fuzzy: (t) => (t.length > 5 ? 1 : false) }],
  ];

  it.each(variants)(
    'GIVEN generated queries (%s: 1,000, others 400) WHEN searched for the best 20 THEN the same ranking as MiniSearch#search, pruned or not',
    (_name, options) => {
      const some = _name === 'defaults' ? queries : queries.slice(0, 400);
      for (const query of some) {
        const pruned = index.searchTopK(query, 20, options);
        expectSameRanking(pruned, plain.search(query, options), 20);
        const exhaustive = index.searchTopK(query, 20, { ...options, exhaustive: true });
        expect(exhaustive.map((h) => h.score)).toEqual(pruned.map((h) => h.score));
      }
    },
    120_000,
  );

  it('GIVEN k of 1 WHEN searched THEN the top hit is MiniSearch’s', () => {
    for (const query of queries.slice(0, 300))
      expectSameRanking(index.searchTopK(query, 1), plain.search(query), 1);
  });

  it('GIVEN a filter WHEN searched THEN only accepted documents are ranked, as MiniSearch filters them', () => {
    for (const query of queries.slice(0, 300)) {
      const theirs = plain.search(query, { filter: (r) => (r.id as number) % 3 === 0 });
      expectSameRanking(index.searchTopK(query, 10, { acceptId: (id) => id % 3 === 0 }), theirs, 10);
    }
  });

  it('GIVEN lede’s tokenizer and stemmer WHEN built and saved compactly THEN the restored index ranks alike', () => {
    const options: Options<Doc> = {
      fields: ['text', 'title'],
      storeFields: [],
      tokenize,
      processTerm: normalizeTerm,
    };
    const english = [
      {
        id: 0,
        title: 'Port',
        text: 'The port authority approved the expansion of the U.N. container terminal.',
      },
      { id: 1, title: 'Port', text: 'Union leaders said the vote was a betrayal of dock workers’ trust.' },
      {
        id: 2,
        title: 'Floods',
        text: 'Rivers burst their banks after heavy rain; 640,000 homes lost power.',
      },
    ];
    const built = DocIndex.build(english, options);
    const other = new MiniSearch<Doc>(options);
    other.addAll(english);
    expect(JSON.stringify(built)).toBe(JSON.stringify(other));
    const restored = DocIndex.fromCompact(built.toCompact(), options);
    expect(JSON.stringify(restored)).toBe(JSON.stringify(other));
    expect(restored.searchTopK('approving expansions', 3)).toEqual(
      built.searchTopK('approving expansions', 3),
    );
  });

  it.each([
    ['ids that are not their positions', (id: number) => id + 100],
    ['ids that are positions, then not', (id: number) => (id < 40 ? id : id * 3)],
  ])(
    'GIVEN documents with %s WHEN built and restored THEN the index is MiniSearch#addAll’s and hits carry the ids',
    (_name, idOf) => {
      const some = docs.slice(0, 120).map((d) => ({ ...d, id: idOf(d.id) }));
      const other = new MiniSearch<Doc>(OPTIONS);
      other.addAll(some);
      const built = DocIndex.build(some, OPTIONS);
      const restored = DocIndex.fromCompact(built.toCompact(), OPTIONS);
      expect(built.idsAreShortIds()).toBe(false);
      for (const ours of [built, restored]) {
        expect(JSON.stringify(ours)).toBe(JSON.stringify(other));
        for (const query of queries.slice(0, 50))
          expectSameRanking(ours.searchTopK(query, 10), other.search(query), 10);
        expect(ours.has(some[50]!.id)).toBe(true);
      }
    },
  );

  it('GIVEN ids that are positions WHEN built and restored THEN no id is kept per document and lookups still answer', () => {
    const restored = DocIndex.fromCompact(index.toCompact(), OPTIONS);
    expect(index.toCompact().documentIds).toBe(docs.length);
    for (const ours of [index, restored]) {
      expect(ours.idsAreShortIds()).toBe(true);
      expect(ours.has(7)).toBe(true);
      expect(ours.has(docs.length)).toBe(false);
      expect(ours.has('7')).toBe(false);
      expect(JSON.stringify(ours)).toBe(JSON.stringify(plain));
    }
  });

  it('GIVEN a duplicate id after ids that were positions WHEN built THEN it refuses as MiniSearch does', () => {
    const some = [docs[0]!, docs[1]!, { ...docs[2]!, id: 1 }];
    expect(() => DocIndex.build(some, OPTIONS)).toThrow(/duplicate ID 1/);
  });

  it('GIVEN a built index WHEN a document is added THEN it refuses with a clear message', () => {
    expect(() => index.add(docs[0]!)).toThrow(/built once/);
  });
});
