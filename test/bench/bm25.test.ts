import { describe, expect, it } from 'vitest';
import { Bm25Index, bm25Terms } from '../../scripts/bench/bm25.ts';
import { LinearScan } from '../../scripts/bench/linearScan.ts';

const CORPUS = [
  'The council approved the budget for the new library.', // 0
  'Freedom is never given for free, the president said.', // 1
  'The library budget was cut; the council budget grew.', // 2
  'Rain fell on the harbour all night.', // 3
  'A budget.', // 4
];

describe('BM25 floor', () => {
  it('GIVEN text with capitals and punctuation WHEN split into terms THEN lower-case words and numbers only', () => {
    expect(bm25Terms('U.N. Security-Council, 2024!')).toEqual(['u', 'n', 'security', 'council', '2024']);
  });

  it('GIVEN a tiny corpus WHEN asked for "budget" THEN the short paragraph ranks first and the one with the word twice next', () => {
    const index = new Bm25Index(CORPUS);
    expect(index.search('budget').map((h) => h.id)).toEqual([4, 2, 0]);
  });

  it('GIVEN a tiny corpus WHEN asked with rare and common words THEN the paragraph holding the rare ones wins', () => {
    const index = new Bm25Index(CORPUS);
    expect(index.search('freedom president the', 2).map((h) => h.id)).toEqual([1, 0]);
    expect(index.search('library council').map((h) => h.id)).toEqual([0, 2]);
  });

  it('GIVEN a word that occurs nowhere WHEN searched THEN no hit, and scores do not leak into the next query', () => {
    const index = new Bm25Index(CORPUS);
    expect(index.search('zeppelin')).toEqual([]);
    const first = index.search('harbour rain');
    expect(index.search('harbour rain')).toEqual(first);
    expect(first[0]?.id).toBe(3);
    expect(first[0]!.score).toBeGreaterThan(0);
  });

  it('GIVEN the same corpus WHEN the linear scan looks for the rarest word THEN it finds the paragraph that holds most words', () => {
    const scan = new LinearScan(CORPUS);
    expect(scan.search('harbour night')).toBe(3);
    expect(scan.search('council library budget')).toBe(0);
    expect(scan.search('zeppelin')).toBeUndefined();
  });
});
