import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/knowledge/parseStory.ts';
import { answerQuestion, buildKnowledgeBase } from '../../src/qa/index.ts';
import { firstToken, normalizeTerm, tokenize } from '../../src/search/terms.ts';
import { chipStory, floodStory, harborStory, schoolStory, wageStory } from '../support/stories.ts';

/** Tokenizing as it was written first: the Unicode word pattern over the whole text, word by word. */
function reference(text: string): string[] {
  const joined = text.replace(/\b((?:\p{Lu}\.){2,})(?!\p{L})/gu, (m) => m.replace(/\./g, '') + ' ');
  return [...joined.matchAll(/\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)].map(([w]) =>
    w.replace(/['’]s$/iu, '').replace(/’/gu, "'"),
  );
}

/** Seeded strings of the characters tokenizing cares about: letters, digits, separators, apostrophes. */
function randomTexts(count: number, alphabet: string): string[] {
  let seed = 20240711;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () =>
    Array.from(
      { length: 1 + Math.floor(next() * 40) },
      () => alphabet[Math.floor(next() * alphabet.length)],
    ).join(''),
  );
}

const ASCII = "aZ9 .,'-U.N.S s'sT0 1,2.3 ";
const WIDER = `${ASCII}é’Ü東ß`;
const storyTexts = () =>
  [harborStory(), schoolStory(), floodStory(), chipStory(), wageStory()].flatMap((s) =>
    s.paragraphs.map((p) => p.text),
  );

describe('tokenize', () => {
  it('GIVEN text in ASCII alone or beyond WHEN tokenized THEN the words are those of the Unicode pattern', () => {
    const texts = [
      ...storyTexts(),
      ...randomTexts(3000, ASCII),
      ...randomTexts(3000, WIDER),
      "The U.S.'s plan",
      'I.B.M. and O’Neil’s dog; 640,000 homes, 2.4 %',
    ];
    for (const text of texts) expect(tokenize(text), text).toEqual(reference(text));
  });

  it('GIVEN any text WHEN its first word is asked THEN it is the first word tokenize gives', () => {
    for (const text of [...storyTexts(), ...randomTexts(3000, WIDER), '', ' .,', 'U.N. envoys'])
      expect(firstToken(text), text).toBe(tokenize(text)[0]);
  });
});

describe('GIVEN a regular verb in -ie, whose forms the stemmer cuts apart', () => {
  it.each([
    ['die', 'died', 'dies', 'dying'],
    ['lie', 'lied', 'lies', 'lying'],
    ['tie', 'tied', 'ties', 'tying'],
  ])('WHEN %s and its forms are searched THEN they are one term', (base, ...forms) => {
    expect(forms.map((f) => normalizeTerm(f))).toEqual(forms.map(() => normalizeTerm(base)));
  });

  it('WHEN a story says she died THEN "When did she die?" finds its paragraph', () => {
    const kb = buildKnowledgeBase([
      parseStory({
        id: 'obit',
        file: 'obit.txt',
        text: 'Painter Ada Moss dies at 88\n\nThe painter Ada Moss died on Friday in Carlow.\n\nHer work hangs in nine museums.',
      }),
    ]);
    expect(answerQuestion(kb, 'When did Ada Moss die?').answer).toMatch(/Friday/);
  });
});
