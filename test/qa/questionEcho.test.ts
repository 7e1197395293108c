import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/qa/analyzeQuestion.ts';
import { withoutLeftover, withoutQuestionWords } from '../../src/qa/questionEcho.ts';

const trimmed = (question: string, span: string) =>
  withoutQuestionWords(question, analyzeQuestion(question).kind, span);

describe('GIVEN a span that opens or ends with the words of the question', () => {
  it.each([
    [
      'What did the firm ask the court to forbid the sale of?',
      "the court to forbid the sale of its rival's toys",
      "its rival's toys",
    ],
    ['What does the union oppose as unfair to members?', 'the levy as unfair to members', 'the levy'],
    [
      'What does the pump use the stored heat for?',
      'the stored heat to warm the school',
      'to warm the school',
    ],
    ['What kind of roof frame does the hall have?', 'a curved timber roof frame', 'a curved timber'],
  ])('WHEN asked %j and the span is %j THEN the answer is the rest', (question, span, rest) => {
    expect(trimmed(question, span)).toBe(rest);
  });

  it.each([
    ['What does the union oppose?', 'the levy on members'],
    ['Which company did the Royal Mint buy?', 'the Royal Shakespeare Company'],
    ['What did the mayor call the budget?', 'the budget of the mayor'],
    ['How many jobs will the plant create?', '300 jobs'],
    ['When did the council approve the plan?', 'on 4 May, when the council met'],
    ['What did the council identify the levy as?', 'as the cost of the levy'],
  ])(
    'WHEN asked %j and the span is %j (all repeated, a name, a figure, a date, a cut on "of") THEN it stays',
    (question, span) => {
      expect(trimmed(question, span)).toBe(span);
    },
  );
});

describe('GIVEN a what-did span that opens on what was left of the clause it was cut from', () => {
  it.each([
    ['What does the pump use the heat to do?', 'it to warm the school', 'to warm the school'],
    ['What did she invent?', 'of the steam kettle', 'the steam kettle'],
    ['What did the club swap its old crest for?', 'it for a blue anchor', 'for a blue anchor'],
  ])('WHEN asked %j and the span is %j THEN the leftover word goes', (question, span, rest) => {
    expect(withoutLeftover(analyzeQuestion(question).kind, span)).toBe(rest);
  });

  it.each([
    ['What did she give the museum?', 'it a painting of the harbour'],
    ['What did she invent?', 'often'],
    ['Which city is home to the team?', 'of Leith'],
  ])(
    'WHEN asked %j and the span is %j (no preposition, no word left, no what-did) THEN it stays',
    (question, span) => {
      expect(withoutLeftover(analyzeQuestion(question).kind, span)).toBe(span);
    },
  );
});
