import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/qa/analyzeQuestion.ts';
import { askedNouns, withoutAskedNoun } from '../../src/qa/askedNoun.ts';

const bare = (question: string, span: string) =>
  withoutAskedNoun(question, analyzeQuestion(question).kind, span);

describe('GIVEN a "what NOUN …?" question', () => {
  it('WHEN it is read THEN its asked words are the nouns after "what", singular', () => {
    expect(askedNouns('Which rock groups played first?')).toEqual(['rock', 'group', 'played']);
    expect(askedNouns('What did the mayor say?')).toEqual([]);
  });

  it.each([
    ['What replica stood by the gate?', 'a replica of the Harbour Bridge', 'the Harbour Bridge'],
    ['What character in the play is a baker?', 'the character of Ola', 'Ola'],
    ['What image is linked to the festival?', 'The image of the Iron Swan', 'the Iron Swan'],
  ])('WHEN asked %j and the span is %j THEN the answer is the name', (question, span, name) => {
    expect(bare(question, span)).toBe(name);
  });

  it.each([
    ['What kind of missions did the unit fly?', 'peacekeeping missions'],
    ['What university did she attend?', 'the University of Leith'],
    ['What book did he read?', 'a translation of the Odyssey'],
    ['Who played the character?', 'the character of Ola'],
  ])(
    'WHEN asked %j and the span is %j (a noun that only ends it, a name, another noun, a who) THEN it stays',
    (question, span) => {
      expect(bare(question, span)).toBe(span);
    },
  );
});
