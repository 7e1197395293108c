import { describe, expect, it } from 'vitest';
import { breakLongRuns, tagText } from '../../src/knowledge/tagger.ts';

const timed = (work: () => unknown, times = 3): number => {
  const started = performance.now();
  for (let i = 0; i < times; i++) work();
  return (performance.now() - started) / times;
};

describe('tagging a story paragraph', () => {
  it('GIVEN ordinary text with a long URL-like word WHEN runs are broken THEN nothing changes; GIVEN a 4,000-character run THEN same length, no run over 200', () => {
    const ordinary =
      'The mayor, Ana Ruiz, linked https://example.com/riverton/council-budget-2025 on Monday.';
    expect(breakLongRuns(ordinary)).toBe(ordinary);
    const run = '*_'.repeat(2_000);
    const broken = breakLongRuns(`Before ${run} after.`);
    expect(broken).toHaveLength(`Before ${run} after.`.length);
    expect(Math.max(...broken.split(/\s+/).map((w) => w.length))).toBeLessThanOrEqual(200);
  });

  it('GIVEN a word after a 4,000-character run WHEN tagged THEN its offsets are where it is in the text', () => {
    const text = `Before ${'a'.repeat(4_000)} after.`;
    const after = tagText(text).tokens.find((t) => t.text === 'after')!;
    expect(text.slice(after.start, after.end)).toBe('after');
  });

  it('GIVEN one 16,000-character run of *_ WHEN tagged THEN it costs about what the same characters with spaces do (wink-nlp’s e-mail pattern made it quadratic: seconds)', () => {
    const run = '*_'.repeat(8_000);
    const spaced = Array.from({ length: 80 }, () => '*_'.repeat(100)).join(' ');
    tagText('Warm up the model.');
    const spacedMs = timed(() => tagText(spaced), 1);
    expect(timed(() => tagText(run), 1)).toBeLessThan(spacedMs * 3 + 50);
  });
});
