import { describe, expect, it } from 'vitest';
import {
  boldSpans,
  cutWhole,
  escapeText,
  plainText,
  quote,
  truncate,
  wordSpans,
} from '../../src/bot/text.ts';

describe('truncate', () => {
  it('GIVEN text within the limit THEN it is unchanged', () => {
    expect(truncate('short', 5)).toBe('short');
  });
  it('GIVEN text over the limit THEN it is cut to exactly the limit, ending with …', () => {
    const cut = truncate('a'.repeat(300), 256);
    expect(cut).toHaveLength(256);
    expect(cut.endsWith('…')).toBe(true);
  });
  it('GIVEN an emoji at the cut THEN no half surrogate pair is left', () => {
    const cut = truncate(`${'a'.repeat(8)}😀😀`, 10);
    expect(cut).toBe(`${'a'.repeat(8)}…`);
    expect(cut.length).toBeLessThanOrEqual(10);
  });
});

describe('escapeText and boldSpans', () => {
  it('GIVEN story text with markdown characters THEN they show literally', () => {
    expect(escapeText('**not bold** _x_ # title')).toBe('\\*\\*not bold\\*\\* \\_x\\_ # title');
    expect(escapeText('# heading')).toBe('\\# heading');
  });
  it('GIVEN spans THEN they are bold, merged when overlapping, and the rest escaped', () => {
    const text = 'He said it_was a *deal*.';
    expect(
      boldSpans(text, [
        [0, 2],
        [1, 7],
      ]),
    ).toBe('**He said** it\\_was a \\*deal\\*.');
  });
  it('GIVEN words to find THEN whole words match case-insensitively, not parts of words', () => {
    const text = 'Russia and russian ties; RUSSIA again';
    expect(wordSpans(text, ['russia'])).toEqual([
      [0, 6],
      [25, 31],
    ]);
    expect(wordSpans(text, ['(unbalanced'])).toEqual([]);
  });
  it('GIVEN several lines THEN each is quoted', () => {
    expect(quote('a\nb')).toBe('> a\n> b');
  });
});

describe('no cut keeps half an emoji (Discord refuses a message holding one)', () => {
  const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

  it('GIVEN text whose cut falls inside an emoji, after control characters the escaper drops THEN escapeText, plainText and boldSpans keep whole characters', () => {
    for (let controls = 0; controls < 4; controls++) {
      for (let at = 5; at < 12; at++) {
        const text = `${'\u0007'.repeat(controls)}${'a'.repeat(at)}😀😀 tail`;
        for (const max of [at + controls, at + controls + 1, at + controls + 2]) {
          const shown = [
            escapeText(text, max),
            plainText(text, max),
            boldSpans(text, [[0, 3]], max),
            cutWhole(text, max),
          ];
          for (const s of shown) {
            expect(s, JSON.stringify({ controls, at, max, s })).not.toMatch(LONE);
            expect(s.length).toBeLessThanOrEqual(max);
          }
        }
      }
    }
  });

  it('GIVEN a cut inside an emoji THEN cutWhole keeps one unit fewer, and text within the room as it is', () => {
    expect(cutWhole('ab😀', 3)).toBe('ab');
    expect(cutWhole('ab😀', 4)).toBe('ab😀');
    expect(cutWhole('abc', 2)).toBe('ab');
  });
});
