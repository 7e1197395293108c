import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/knowledge/splitSentences.ts';
import { analyzeParagraph } from '../../src/qa/paragraphAnalysis.ts';
import { answerText } from '../../src/qa/presentAnswer.ts';

const paragraph = (text: string) =>
  analyzeParagraph({ storyId: 's', number: 1, text, sentences: splitSentences(text) });

describe('answer text', () => {
  it('GIVEN a bare figure WHEN it is the answer THEN it keeps the noun it counts', () => {
    const pa = paragraph('The cranes would eliminate 300 jobs at the port.');
    const figure = pa.candidates.find((c) => c.text === '300')!;
    expect(answerText(pa, figure)).toBe('300 jobs');
  });

  it('GIVEN a name WHEN it is the answer THEN it reads as written', () => {
    const pa = paragraph('Finance director Paul Okoye said the bonds would cover it.');
    const name = pa.candidates.find((c) => c.text === 'Paul Okoye')!;
    expect(answerText(pa, name)).toBe('Paul Okoye');
  });
});
