import { describe, expect, it } from 'vitest';
import { withRange, withWholeName } from '../../src/qa/answerRange.ts';

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

describe('GIVEN a figure the sentence gives as the whole of which a part is counted', () => {
  it('WHEN the answer is "16 drug-resistant strains" of "killed 14 of the 16 …" THEN the part is kept', () => {
    const sentence = 'The compound killed 14 of the 16 drug-resistant strains it was tested against.';
    expect(withRange('16 drug-resistant strains', sentence)).toBe('14 of the 16 drug-resistant strains');
  });

  it('WHEN a year stands before "of" THEN it is left as it is', () => {
    expect(withRange('12 boats', 'In the spring of 2024 of the 12 boats two sank.')).toBe('12 boats');
  });
});

describe('GIVEN a figure the sentence gives as near or as a bound', () => {
  it.each([
    ['20,000 people', 'Rain forced about 20,000 people from their homes.', 'about 20,000 people'],
    ['3 deaths', 'Officials counted at least 3 deaths.', 'at least 3 deaths'],
    ['$5 million', 'The repairs will cost more than $5 million.', 'more than $5 million'],
  ])('WHEN the answer is %j THEN the word that qualifies it is kept', (answer, sentence, whole) => {
    expect(withRange(answer, sentence)).toBe(whole);
  });
});

describe('GIVEN a person answered by a surname the span cut from the first name', () => {
  it('WHEN the sentence reads "Prosecutor Ines Kohl said" THEN the answer is the whole name without the title', () => {
    expect(withWholeName('Kohl', 'Prosecutor Ines Kohl said no arrests had been made.')).toBe('Ines Kohl');
    expect(withWholeName('Kohl', 'On Monday, Mayor Ines Kohl resigned.')).toBe('Ines Kohl');
  });

  it('WHEN the words before are a month, the sentence opening or lower case THEN the answer stays as it is', () => {
    expect(withWholeName('Kohl', 'In March Kohl resigned.')).toBe('Kohl');
    expect(withWholeName('Kohl', 'Ines Kohl resigned.')).toBe('Ines Kohl');
    expect(withWholeName('Kohl', 'Kohl resigned, the party said.')).toBe('Kohl');
    expect(withWholeName('Kohl', 'the lawyer Kohl resigned.')).toBe('Kohl');
    expect(withWholeName('Ines Kohl', 'Mayor Ines Kohl resigned.')).toBe('Ines Kohl');
  });
});
