import { describe, expect, it } from 'vitest';
import { trickOf } from '../../src/qa/ruleTricks.ts';

const TITLE = 'Ferry operator adds night crossings and electric boats';
const at = (sentence: string) => ({ sentence, title: TITLE });

describe('GIVEN a question for a quantity and an answer that is a part of it', () => {
  const sentence = 'The fare cuts could cost Tarvik Lines up to 6 percent of its yearly revenue.';

  it('WHEN the answer is a share of the quantity asked THEN it is a trick (the whole is not given)', () => {
    expect(
      trickOf("What is Tarvik Lines' yearly revenue?", 'up to 6 percent of its yearly revenue', at(sentence)),
    ).toBe('part-of-quantity-asked');
  });

  it('WHEN the question asks for the share itself THEN it stands', () => {
    expect(
      trickOf(
        'What percent of its revenue could the fare cuts cost?',
        'up to 6 percent of its yearly revenue',
        at(sentence),
      ),
    ).toBeUndefined();
  });
});

describe('GIVEN a "what <sum> is …" question', () => {
  const sentence = 'The crew union said it would keep pushing for a minimum wage on the night boats.';

  it('WHEN the answer gives no figure THEN it is a trick', () => {
    expect(trickOf('What minimum wage is the crew union asking for?', 'the night boats', at(sentence))).toBe(
      'sum-without-figure',
    );
  });

  it('WHEN the answer gives a figure THEN it stands', () => {
    const paid = 'The crew union asked for a minimum wage of 2,100 euros a month.';
    expect(
      trickOf('What minimum wage is the crew union asking for?', '2,100 euros a month', at(paid)),
    ).toBeUndefined();
  });
});

describe('GIVEN a "which <things>" question', () => {
  const sentence = 'Two boats will be retired from the northern route at the end of the summer season.';

  it('WHEN the answer is a prepositional phrase with no name THEN it is a trick (where from, not which)', () => {
    expect(
      trickOf(
        'Which boats will be retired?',
        'from the northern route at the end of the summer season',
        at(sentence),
      ),
    ).toBe('phrase-for-things');
  });

  it('WHEN the answer is a bare time THEN it is a trick (when, not which)', () => {
    expect(trickOf('Which boats will be retired?', 'the summer season', at(sentence))).toBe(
      'phrase-for-things',
    );
  });

  it('WHEN the answer names them, or the question asks where or when THEN it stands', () => {
    const named = 'The Ellis Star and the Dunmore Belle will be retired in May.';
    expect(
      trickOf('Which boats will be retired?', 'the Ellis Star and the Dunmore Belle', at(named)),
    ).toBeUndefined();
    expect(
      trickOf('Which route will the boats leave from?', 'from the northern route', at(sentence)),
    ).toBeUndefined();
    expect(
      trickOf('Which season will the boats be retired in?', 'the summer season', at(sentence)),
    ).toBeUndefined();
  });
});

describe('GIVEN a how-many question that counts repeats ("in a row")', () => {
  const sentence = 'Tarvik Lines won the award for the fourth consecutive year.';

  it('WHEN the answer is an ordinal THEN it stands', () => {
    expect(
      trickOf(
        'How many years in a row has Tarvik Lines won the award?',
        'the fourth consecutive year',
        at(sentence),
      ),
    ).toBeUndefined();
  });

  it('WHEN the answer has neither a figure nor an ordinal THEN it is still a trick', () => {
    expect(
      trickOf('How many years in a row has Tarvik Lines won the award?', 'consecutive year', at(sentence)),
    ).toBe('count-without-number');
  });
});

describe('GIVEN a question that asks for the name of a thing', () => {
  const hired =
    'The hotel’s owner, Harbour Hotels Group, said it had hired an outside firm to inspect the water systems.';

  it('WHEN the answer names nothing THEN it is a trick (the story leaves the name open)', () => {
    const sentence = 'The owner said it had hired a specialist water company to inspect the towers.';
    expect(
      trickOf('What is the name of the inspection firm?', 'a specialist water company', at(sentence)),
    ).toBe('name-not-given');
  });

  it('WHEN the answer is another name and the sentence brings the thing in only as "a firm" THEN it is a trick', () => {
    expect(
      trickOf(
        'What is the name of the outside firm hired to inspect the hotels?',
        'Harbour Hotels Group',
        at(hired),
      ),
    ).toBe('name-not-given');
  });

  it('WHEN the answer holds the thing, follows it, or the sentence names it otherwise THEN it stands', () => {
    const stadium = 'The final will be played at Harbour Park Stadium, which holds 40,000.';
    expect(trickOf('What is the name of the stadium?', 'Harbour Park Stadium', at(stadium))).toBeUndefined();
    const single = 'The two bands released a single, "Night Crossing", in May.';
    expect(trickOf('What was the name of the single?', 'Night Crossing', at(single))).toBeUndefined();
    const fund = 'The operator set up the 50 fund to pay for repairs at its piers.';
    expect(trickOf('What is the name of the repair fund?', 'the 50 fund', at(fund))).toBeUndefined();
  });
});
