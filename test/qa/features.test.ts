import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src/knowledge/types.ts';
import { splitSentences } from '../../src/knowledge/splitSentences.ts';
import { candidateFeatures, questionView, sentenceMatches } from '../../src/qa/features.ts';
import { analyzeParagraph } from '../../src/qa/paragraphAnalysis.ts';

const paragraphOf = (text: string): Paragraph => ({
  storyId: 's',
  number: 1,
  text,
  sentences: splitSentences(text),
});

/** The ranker's features of the candidate whose text is `span`. */
function featuresOf(question: string, text: string, span: string) {
  const q = questionView(question);
  const pa = analyzeParagraph(paragraphOf(text));
  const at = pa.candidates.findIndex((c) => c.text === span);
  expect(at, `"${span}" is a candidate`).toBeGreaterThanOrEqual(0);
  return candidateFeatures(q, pa, sentenceMatches(q, pa))[at]!;
}

const TEXT =
  'The harbour board elected Mara Velden as its chair on Tuesday. She said the ferry fare would stay at "two tokens" (the winter rate).';

describe('span ranker features', () => {
  it('GIVEN the question words just before a span WHEN featured THEN the left windows hold their weight and the right ones little', () => {
    const f = featuresOf('Who did the harbour board elect?', TEXT, 'Mara Velden');
    expect(f.get('left3')).toBeGreaterThan(0.3);
    expect(f.get('left10')).toBeGreaterThanOrEqual(f.get('left3')!);
    expect(f.get('right3')).toBe(0);
    expect(f.get('sentence-rank:1')).toBe(1);
  });

  it('GIVEN a span in the sentence that matches the question less WHEN featured THEN its sentence ranks second', () => {
    const f = featuresOf('Who did the harbour board elect?', TEXT, 'ferry fare');
    expect(f.get('sentence-rank:2')).toBe(1);
    expect(f.has('sentence-rank:1')).toBe(false);
  });

  it('GIVEN a span in quotes and one in parentheses WHEN featured THEN each says so', () => {
    expect(featuresOf('What would the fare stay at?', TEXT, 'two tokens').get('quoted')).toBe(1);
    expect(featuresOf('Which rate?', TEXT, 'the winter rate').get('parenthesised')).toBe(1);
  });

  it('GIVEN questions asked of an object and of a subject WHEN viewed THEN their forms differ', () => {
    expect(questionView('What did the board decide?').form).toBe('do');
    expect(questionView('What caused the delay?').form).toBe('verb');
    expect(questionView('What was the fare?').form).toBe('be');
    expect(questionView('Which ferry company has the contract?').form).toBe('have');
  });

  it('GIVEN a question asking for a kind of thing WHEN a span is followed by a function word THEN the word and the asked-for noun are features', () => {
    const question = 'Which day did the board meet?';
    const { wh, whNoun } = questionView(question);
    const f = featuresOf(question, TEXT, 'Tuesday');
    expect(f.get(`wh-noun:${whNoun}|type:DATE`)).toBe(1);
    expect(f.get(`wh:${wh}|prev-word:on`)).toBe(1);
    expect(featuresOf(question, TEXT, 'Mara Velden').has(`wh-noun:${whNoun}|type:DATE`)).toBe(false);
  });

  it('GIVEN questions naming the kind of thing they ask for WHEN viewed THEN the asked-for noun is the head of that phrase, and none when a verb follows', () => {
    expect(questionView('What health company was a sponsor of the fair?').whNounWord).toBe('company');
    expect(questionView('What was the final score of the match?').whNounWord).toBe('score');
    expect(questionView("What was the mayor's brother's name?").whNounWord).toBe('brother');
    expect(questionView('What type of engine did the ferry use?').whNounWord).toBe('engine');
    expect(questionView('What did the board decide?').whNoun).toBeNull();
  });

  it('GIVEN a span a few words after a question word WHEN featured THEN the words between are a path feature', () => {
    const question = 'What did the board elect Mara Velden as?';
    const f = featuresOf(question, TEXT, 'chair');
    expect(f.get(`wh:${questionView(question).wh}|lpath:PROPN as its`)).toBe(1);
  });

  it('GIVEN a question asking for a day WHEN a date and a fare are featured THEN the date is nearer in meaning to the asked-for noun', () => {
    const question = 'Which day did the board elect its chair?';
    const { wh } = questionView(question);
    const day = featuresOf(question, TEXT, 'Tuesday').get(`wh:${wh}|noun-sim`)!;
    const fare = featuresOf(question, TEXT, 'ferry fare').get(`wh:${wh}|noun-sim`)!;
    expect(day).toBeGreaterThan(fare + 0.2);
  });
});
