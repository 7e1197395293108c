import { describe, expect, it } from 'vitest';
import { withoutAskedNoun } from '../../src/qa/askedNoun.ts';

describe('GIVEN a figure whose counted noun the question already names', () => {
  it.each([
    ['How many cameras did the crew use?', '36 cameras', '36'],
    ['How many total goals did Berg score this season?', '21 total goals', '21'],
    ['How many independent shops does the town have?', 'seven independent shops', 'seven'],
    ['How long was the advertisement?', '30-second advertisement', '30-second'],
    ['How many viewers watched the final?', '3.1 million viewers', '3.1 million'],
    ['How many children are affected?', 'one in three children', 'one in three'],
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
