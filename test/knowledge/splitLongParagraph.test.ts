import { describe, expect, it } from 'vitest';
import { capText } from '../../src/knowledge/capText.ts';
import { splitLongParagraph } from '../../src/knowledge/splitLongParagraph.ts';

describe('splitLongParagraph', () => {
  it('GIVEN a paragraph within the bound THEN it stays whole', () => {
    expect(splitLongParagraph('One. Two.', 9)).toEqual(['One. Two.']);
  });

  it('GIVEN sentences that overflow the bound THEN whole sentences are packed in order', () => {
    expect(splitLongParagraph('The board met. It voted. The pier will be built.', 24)).toEqual([
      'The board met. It voted.',
      'The pier will be built.',
    ]);
  });

  it('GIVEN one sentence longer than the bound THEN it is cut at spaces, never mid-word when a space is near', () => {
    const pieces = splitLongParagraph('alpha beta gamma delta epsilon zeta. Done.', 12);
    expect(pieces).toEqual(['alpha beta', 'gamma delta', 'epsilon', 'zeta. Done.']);
    expect(pieces.every((p) => p.length <= 12)).toBe(true);
  });

  it('GIVEN a run with no space at all THEN it is cut at the bound, keeping surrogate pairs whole', () => {
    const emoji = '😀'.repeat(5); // 10 UTF-16 units
    const pieces = splitLongParagraph(`${emoji}x. End.`, 5);
    expect(pieces.join('')).toBe(`${emoji}x.End.`);
    expect(pieces.every((p) => p.length <= 5 && !/[\uD800-\uDBFF]$/.test(p))).toBe(true);
  });
});

describe('capText', () => {
  it('GIVEN text over the cap THEN it is cut at a space with "…" and never longer than the cap', () => {
    expect(capText('Harbor board approves pier', 16)).toBe('Harbor board…');
    expect(capText('Short', 16)).toBe('Short');
    expect(capText('x'.repeat(20), 8)).toBe('xxxxxxx…');
    expect(capText(`a${'😀'.repeat(4)}`, 5)).toBe('a😀…');
  });
});
