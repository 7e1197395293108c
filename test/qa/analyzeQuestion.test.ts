import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/qa/analyzeQuestion.ts';

describe('analyzeQuestion', () => {
  it.each([
    [
      'Who said "freedom is never given for free"?',
      'who-said',
      { quoted: 'freedom is never given for free' },
    ],
    ['who said the port either grows or dies', 'who-said', { quoted: 'the port either grows or dies' }],
    ['Who called the vote “a betrayal”?', 'who-said', { quoted: 'a betrayal' }],
    ['Who called the floods a national catastrophe?', 'who-said', {}],
    ['Who called the strike?', 'who', {}],
    ['What does IP4 mean?', 'define', { target: 'IP4' }],
    ['what does unsc stand for', 'define', { target: 'unsc' }],
    ['define PVA', 'define', { target: 'PVA' }],
    ['Who is Elena Marsh?', 'who', { target: 'Elena Marsh' }],
    ['Who coaches the team?', 'who', {}],
    ['What did Russia veto?', 'what-did', { subject: 'Russia', verb: 'veto' }],
    ['what did the ministry announce', 'what-did', { subject: 'the ministry', verb: 'announce' }],
    ['When will construction begin?', 'when', {}],
    ['in what year was the company founded', 'when', {}],
    ['Where did Yoon make the remarks?', 'where', { subject: 'Yoon', verb: 'make' }],
    ['In which countries were the batteries sold?', 'where', {}],
    ['Why did the authority close the hotel?', 'why', {}],
    ['How many rivers overflowed?', 'how-many', {}],
    ['How much will it cost?', 'how-many', {}],
    ['How did Okoye describe the financing?', 'how', { verb: 'describe' }],
    ['Did Yoon attend the summit?', 'yes-no', { subject: 'Yoon', verb: 'attend' }],
    ['Is Lyme disease passed from person to person?', 'yes-no', { subject: 'Lyme disease', verb: 'passed' }],
    ['Did Acme shareholders approve the deal?', 'yes-no', { subject: 'Acme shareholders', verb: 'approve' }],
    ['What is the capital of Australia?', 'what', { target: 'capital of Australia' }],
    ['In which minute was the penalty saved?', 'what', {}],
    ['In which year did the bridge open?', 'when', {}],
    ['What is the name of the first patient?', 'who', { personOnly: true }],
    ['What is the name of the stadium in the bay area?', 'what', {}],
    ['Which team had the best season in its history?', 'what', {}],
    ['Which company has been able to air two adverts?', 'what', {}],
    ['Which board did not approve the deal?', 'what', {}],
    ['Which teams will the cuts fall on?', 'what-did', { verb: 'fall' }],
    ['Which policies has Yoon dropped?', 'what-did', { subject: 'Yoon', verb: 'dropped' }],
  ])('GIVEN %s THEN it is a %s question', (question, kind, parts) => {
    expect(analyzeQuestion(question)).toMatchObject({ kind, ...parts });
  });

  it('GIVEN a misspelt question word THEN it is read as meant', () => {
    expect(analyzeQuestion('wat is ip4')).toMatchObject({ kind: 'what', target: 'ip4', text: 'what is ip4' });
    expect(analyzeQuestion('hwo said it')).toMatchObject({ kind: 'who-said' });
    expect(analyzeQuestion('wher is the hotel')).toMatchObject({ kind: 'where' });
    expect(analyzeQuestion('wht does UNSC stnd for')).toMatchObject({ kind: 'define', target: 'UNSC' });
    expect(analyzeQuestion('were did yoon make the remarks')).toMatchObject({ kind: 'where' });
    expect(analyzeQuestion('WHO SAID FREEDOM IS NEVER GIVEN FOR FREE')).toMatchObject({ kind: 'who-said' });
  });

  it('GIVEN "hwo" before a word of quantity ("hwo many died") THEN it is "how", not "who"', () => {
    expect(analyzeQuestion('hwo many died')).toMatchObject({ kind: 'how-many' });
    expect(analyzeQuestion('hwo said it')).toMatchObject({ kind: 'who-said' });
  });

  it('GIVEN two letters swapped in the frame ("wat dose UNSC stnad for") THEN it is read as meant', () => {
    expect(analyzeQuestion('wat dose UNSC stnad for')).toMatchObject({ kind: 'define', target: 'UNSC' });
    expect(analyzeQuestion('what dose the word quorum mean')).toMatchObject({ kind: 'define' });
  });

  it('GIVEN a name or a noun that looks like a swapped frame word THEN it is kept', () => {
    expect(analyzeQuestion('Who is Siad Barre?').text).toBe('Who is Siad Barre?');
    expect(analyzeQuestion('What dose did the doctor give?').text).toBe('What dose did the doctor give?');
  });

  it('GIVEN framing words ("according to the article") THEN they are not part of the content', () => {
    const q = analyzeQuestion('According to the article, what did Russia veto?');
    expect(q).toMatchObject({ kind: 'what-did', subject: 'Russia', verb: 'veto' });
    expect(q.content).not.toMatch(/article/);
  });
});

describe('hostile or odd input', () => {
  it('GIVEN mentions in a question THEN they are ignored ("@everyone who said …" is a who-said question)', () => {
    expect(analyzeQuestion('@everyone who said "freedom"?')).toMatchObject({
      kind: 'who-said',
      quoted: 'freedom',
    });
    expect(analyzeQuestion('<@123456789012345678> what does IP4 mean')).toMatchObject({
      kind: 'define',
      target: 'IP4',
    });
  });
});

describe('GIVEN a question typed fast', () => {
  it('WHEN a function word has two letters swapped ("teh", "wiht") THEN it is read as meant', () => {
    expect(analyzeQuestion('who is teh captain of the ferry').text).toBe('who is the captain of the ferry');
    expect(analyzeQuestion('who sailed wiht her').text).toBe('who sailed with her');
  });

  it('WHEN a word is one edit from a function word but an English word THEN it is kept', () => {
    expect(analyzeQuestion('who is the mayor of the town').text).toBe('who is the mayor of the town');
    expect(analyzeQuestion('what did they form').text).toBe('what did they form');
  });
});

describe('GIVEN a "what else did X do" question', () => {
  it('WHEN asked THEN it is the what-did question of X and its verb', () => {
    const q = analyzeQuestion('What else did the board approve?');
    expect(q.kind).toBe('what-did');
    expect(q.verb).toBe('approve');
  });
});

describe('GIVEN a figure question led by a preposition', () => {
  it.each([
    ['In how many towns did the festival run?'],
    ['For how long was the bridge shut?'],
    ['By how much did the council raise the fee?'],
    ['To how many schools was the money paid?'],
  ])('WHEN asked %s THEN it asks for a figure (how-many)', (question) => {
    expect(analyzeQuestion(question).kind).toBe('how-many');
  });

  it('WHEN a preposition leads a which-question ("In which round …") THEN it is no figure question', () => {
    expect(analyzeQuestion('In which round did she lose?').kind).toBe('what');
  });
});

describe('GIVEN a question in chat shorthand', () => {
  it('WHEN it writes "ppl", "exec" or "govt" THEN the words are read written out', () => {
    expect(analyzeQuestion('how many ppl live in the valley').text).toBe(
      'how many people live in the valley',
    );
    expect(analyzeQuestion('who is the chief exec of the mill').text).toBe(
      'who is the chief executive of the mill',
    );
    expect(analyzeQuestion('what did the govt promise').text).toBe('what did the government promise');
  });

  it('WHEN the same letters are capitalised (a name) THEN they stay', () => {
    expect(analyzeQuestion('who runs Exec Air').text).toBe('who runs Exec Air');
  });
});
