import { describe, expect, it } from 'vitest';
import { shortForm, withoutAskedNoun } from '../../src/qa/shortForm.ts';

describe('GIVEN a figure whose counted noun the question already names', () => {
  it.each([
    ['How many cameras did the crew use?', '36 cameras', '36'],
    ['How many total goals did Berg score this season?', '21 total goals', '21'],
    ['How many independent shops does the town have?', 'seven independent shops', 'seven'],
    ['How long was the advertisement?', '30-second advertisement', '30-second'],
    ['How many viewers watched the final?', '3.1 million viewers', '3.1 million'],
    ['How many children are affected?', 'one in three children', 'one in three'],
    ['How much of a raise do city workers get?', '3 percent raise', '3 percent'],
  ])('WHEN asked %j and the answer is %j THEN it is the figure alone', (question, answer, short) => {
    expect(withoutAskedNoun(answer, question)).toBe(short);
  });
});

describe('GIVEN a figure whose noun the question does not name', () => {
  it.each([
    ['How old was the mayor when she was elected?', '46 years'],
    ['How tall is the new bridge tower?', '135 metres'],
    ['How much did the club pay?', '$4.5 million'],
    ['How many passengers were stranded?', 'about 2,000'],
    ['How many fans came?', 'no figure at all'],
  ])('WHEN asked %j and the answer is %j THEN it is left as it is', (question, answer) => {
    expect(withoutAskedNoun(answer, question)).toBe(answer);
  });
});

describe('GIVEN a where-answer that opens with its preposition', () => {
  it.each([
    ['in Ardmore', 'Ardmore'],
    ['at the Delmont Pavilion', 'the Delmont Pavilion'],
    ['from Northern Ireland', 'Northern Ireland'],
  ])('WHEN the answer is %j THEN it is the place alone', (answer, place) => {
    expect(shortForm('where', answer, 'Where was the fair held?')).toBe(place);
  });

  it.each(['near the border', 'outside Port Avery', 'inland', 'in early spring'])(
    'WHEN the answer is %j (a preposition that says where from the place, or none before a name) THEN it is left as it is',
    (answer) => {
      expect(shortForm('where', answer, 'Where was the fair held?')).toBe(answer);
    },
  );

  it('WHEN the question asks who THEN a name after "in" is left as it is', () => {
    expect(shortForm('who', 'in Ardmore', 'Who lives there?')).toBe('in Ardmore');
  });
});
