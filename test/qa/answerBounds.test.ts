import { describe, expect, it } from 'vitest';
import { onlyYearAsked } from '../../src/qa/answerBounds.ts';
import { withNameStart, withoutDescriptor, withWholeNameRun } from '../../src/qa/nameBounds.ts';
import { analyzeQuestion } from '../../src/qa/analyzeQuestion.ts';
import { parseStory } from '../../src/knowledge/parseStory.ts';
import { answerQuestion, buildKnowledgeBase } from '../../src/qa/index.ts';

/** A story of our own: a ferry line's closing date, its owner, the people who spoke. */
const FERRY = `Harbour ferry line to close after 60 years

The Harbour Line ferry between Portwick and Selby Island will close on 14 March 2027, its operator said on Monday, blaming falling passenger numbers.

The line opened in 1967 with two boats. Its busiest year was 1989, when it carried 410,000 passengers.

The British shipping group Tidewell, which has run the line since 2004, said the island's new bridge had taken most of its trade.

Tidewell's chief executive, Ruth Amory, said the company would offer jobs elsewhere to the line's 38 staff.

Island councillor Peter Voss called the decision a blow to older residents who cannot drive.

Source: Coast Wire`;
const kb = buildKnowledgeBase([parseStory({ id: 'ferry', file: 'ferry.txt', text: FERRY })]);
const ask = (question: string) => answerQuestion(kb, question).answer;

describe('GIVEN a question that asks for a year', () => {
  it('WHEN the story gives the whole date THEN lede answers the year, and "when" the whole date', () => {
    expect(ask('In what year will the Harbour Line ferry close?')).toBe('2027');
    expect(ask('When will the Harbour Line ferry close?')).toBe('14 March 2027');
  });

  it.each([
    ['In what year did the ferry line close?', '14 March 1987', '1987'],
    ['What year did the choir first tour abroad?', '1962 season', '1962'],
    ['Which year saw the bridge reopen?', 'June 2019', '2019'],
    ["The dam's capacity was set by what year's survey?", '2004 survey findings', '2004'],
  ])('WHEN asked %j and the span is %j THEN the answer is the year alone', (question, span, year) => {
    expect(onlyYearAsked(question, span)).toBe(year);
  });

  it.each([
    ['In what year did the mayor serve as treasurer?', 'from 1990 to 1994'],
    ['What year did the club sign its first sponsor?', 'the 1990s'],
    ['In what year were the 1,850 tickets sold?', '1,850 tickets'],
  ])('WHEN asked %j and the span is %j (two years, a decade, a figure) THEN it stays', (question, span) => {
    expect(onlyYearAsked(question, span)).toBe(span);
  });

  it('WHEN the question asks when, not what year THEN the whole date stays', () => {
    expect(onlyYearAsked('When did the ferry line close?', '14 March 1987')).toBe('14 March 1987');
  });
});

describe('GIVEN a span that puts a descriptor before a name', () => {
  it.each([
    ['Who won the player of the match award?', 'Harwick striker Jonas Kell', 'Jonas Kell'],
    ['Who was hired to lead the inquiry?', 'the retired judge Amira Sood', 'Amira Sood'],
    ['Which band closed the festival?', 'the Welsh folk band Tallow', 'Tallow'],
    ['What radio station did the group buy in 1998?', 'the Leeds radio station KXRB', 'KXRB'],
  ])('WHEN asked %j and the span is %j THEN the answer is the name', (question, span, name) => {
    expect(withoutDescriptor(question, analyzeQuestion(question).kind, span)).toBe(name);
  });

  it.each([
    ['Who is Jonas Kell?', 'Harwick striker Jonas Kell'],
    ['Which company bought the mill?', 'the Bank of Leith'],
    ['Who composed the anthem?', 'Ludwig van Beethoven'],
    ['Who opened the bridge?', 'Queen Mara'],
    ['Who spoke at the funeral?', 'Ole Berg and his wife Ada'],
    ['What did the festival announce?', 'a new stage for Tallow'],
    ['Which band did the council praise?', 'the visiting choir Tallow'],
  ])('WHEN asked %j and the span is %j THEN the span stays', (question, span) => {
    expect(withoutDescriptor(question, analyzeQuestion(question).kind, span)).toBe(span);
  });
});

describe('GIVEN a name the span cut short', () => {
  it.each([
    [
      'what',
      'Lowfield Baptist',
      'The choir sings at Lowfield Baptist Chapel every Sunday.',
      'Lowfield Baptist Chapel',
    ],
    ['who', 'Harlan', 'The sign was designed by Harlan & Co. in 1990.', 'Harlan & Co.'],
    ['who', 'Ada Marsh', 'The gates were cast by Ada Marsh & Tom Reel of Leith.', 'Ada Marsh & Tom Reel'],
    ['what', 'the Portwick', 'He played for the Portwick Rovers before he retired.', 'the Portwick Rovers'],
    ['what', 'Selby', "The vote went to Selby Council's planning board.", 'Selby Council'],
  ] as const)('WHEN the %s-answer is %j THEN it runs on to the whole name', (kind, span, sentence, name) => {
    expect(withWholeNameRun(kind, span, sentence)).toBe(name);
  });

  it.each([
    ['who', 'Ada Marsh', 'The deal was signed by Ada Marsh Monday.'],
    ['who', 'Ada Marsh', 'The deal was signed by Ada Marsh. Tom Reel was there.'],
    ['what', 'the mill', 'The mill Hall stood empty.'],
    ['where', 'Portwick', 'The fair moved to Portwick Harbour last year.'],
  ] as const)(
    'WHEN the %s-answer is %j and no name goes on (or the kind asks no name) THEN it stays',
    (kind, span, sentence) => {
      expect(withWholeNameRun(kind, span, sentence)).toBe(span);
    },
  );
});

describe('GIVEN a what-answer whose name began before the span', () => {
  it.each([
    ['Discipline', 'The rules are set out in the Book of Discipline every four years.', 'Book of Discipline'],
    ['Harbour Network', 'The station joined the Coast Harbour Network in 1990.', 'Coast Harbour Network'],
    ['Game', 'Viewers loved The Dating Game from the start.', 'Dating Game'],
  ])('WHEN the span is %j THEN it runs back to the whole name', (span, sentence, name) => {
    expect(withNameStart('what', span, sentence)).toBe(name);
  });

  it.each([
    ['what', 'Amira Sood', 'The board named Chief Executive Amira Sood on Monday.'],
    ['what', 'Lowfield', 'Last March Lowfield opened a school.'],
    ['what', 'Selby', 'Rain flooded Selby overnight.'],
    ['who', 'Amira Sood', 'The board thanked Leith Council Amira Sood for it.'],
  ] as const)(
    'WHEN the %s-answer is %j (a title, a month, no name, a who) THEN it stays',
    (kind, span, sentence) => {
      expect(withNameStart(kind, span, sentence)).toBe(span);
    },
  );
});
