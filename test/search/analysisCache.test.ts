import { describe, expect, it } from 'vitest';
import { AnalysisCache } from '../../src/search/analysisCache.ts';

describe('the per-paragraph analysis cache', () => {
  it('GIVEN a value asked twice WHEN cached THEN it is computed once', () => {
    const cache = new AnalysisCache(4);
    let computed = 0;
    const compute = () => ++computed;
    expect(cache.get('a', compute)).toBe(1);
    expect(cache.get('a', compute)).toBe(1);
    expect(computed).toBe(1);
  });

  it('GIVEN more values than it holds WHEN a new one comes THEN the least recently used goes', () => {
    const cache = new AnalysisCache(2);
    cache.get('a', () => 'a');
    cache.get('b', () => 'b');
    cache.get('a', () => 'a'); // a is now the most recent
    cache.get('c', () => 'c');
    expect(cache.size).toBe(2);
    expect(cache.get('b', () => 'recomputed')).toBe('recomputed');
    expect(cache.get('c', () => 'x')).toBe('c');
  });
});
