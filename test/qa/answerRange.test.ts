import { describe, expect, it } from 'vitest';
import { withRange } from '../../src/qa/answerRange.ts';

describe('GIVEN a figure the sentence gives as the top of a range', () => {
  it.each([
    ['10 days', 'Symptoms usually appear two to 10 days after exposure.', 'two to 10 days'],
    ['3 years', 'Each term lasts 2–3 years.', '2–3 years'],
    ['15 million people', 'Between 10 to 15 million people watched.', '10 to 15 million people'],
    ['25%', 'Prices rose 20% to 25% in a year.', '20% to 25%'],
  ])('WHEN the answer is %j THEN it reads as the whole range', (answer, sentence, whole) => {
    expect(withRange(answer, sentence)).toBe(whole);
  });

  it.each([
    ['1241', 'He lived 1187—1241 in the north.'],
    ['6:00 p.m.', 'The fair is open 12:00 to 6:00 p.m. daily.'],
    ['12 boats', 'The club owns 12 boats, up from nine.'],
    ['40 miles', 'The road runs 40 miles to the coast.'],
  ])('WHEN the answer is %j (a year, a time, or no range) THEN it is left as it is', (answer, sentence) => {
    expect(withRange(answer, sentence)).toBe(answer);
  });
});
