import { describe, expect, it } from 'vitest';
import { objectAfter } from '../../src/qa/extractSpan.ts';
import { normalizeTerm } from '../../src/search/terms.ts';

describe('GIVEN a sentence and the verb a what-did question asks about', () => {
  it('WHEN the object is followed by who said it THEN the attribution is not part of the answer', () => {
    const sentence =
      'The city will build a 14-kilometer light rail line with 12 stations, Mayor Dana Kirsch said on March 20.';
    expect(objectAfter(sentence, 'build')).toBe('a 14-kilometer light rail line with 12 stations');
  });

  it('WHEN the attribution is a plain "officials said" THEN it is cut as well', () => {
    expect(
      objectAfter('The board approved a smaller budget, officials said.', normalizeTerm('approved')!),
    ).toBe('a smaller budget');
  });

  it('WHEN the object runs on through its relative clause THEN the clause stays', () => {
    expect(
      objectAfter(
        'The council passed a resolution whose passage would delay the vote.',
        normalizeTerm('passed')!,
      ),
    ).toBe('a resolution whose passage would delay the vote');
  });
});
