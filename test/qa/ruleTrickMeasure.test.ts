import { describe, expect, it } from 'vitest';
import { placeSwapped } from '../../src/qa/ruleTrickMeasure.ts';
import { oppositeElsewhere, trickOf } from '../../src/qa/ruleTricks.ts';

const TITLE = 'Tarrand mayor charged over harbour contracts';
const at = (sentence: string) => ({ sentence, title: TITLE });

describe('GIVEN a how-old question and a sentence that spends a stretch of time on something else', () => {
  it('WHEN the answer is a prison term THEN it is a trick (no age given)', () => {
    const sentence = 'If convicted, Varga faces up to seven years in prison.';
    expect(trickOf('How old is Varga?', 'seven years', at(sentence))).toBe('duration-for-age');
  });

  it('WHEN the answer is a delay ("three years later") THEN it is a trick', () => {
    const sentence = 'Critics said the harbour had opened three years later than promised.';
    expect(trickOf('How old was the mayor?', 'three years later', at(sentence))).toBe('duration-for-age');
  });

  it('WHEN the stretch is an age or says how long ago a thing was built THEN it stands', () => {
    expect(
      trickOf('How old is the pier?', '90 years', at('The pier was built 90 years ago.')),
    ).toBeUndefined();
    expect(trickOf('How old is Varga?', '61', at('Varga, 61, denied the charges.'))).toBeUndefined();
  });
});

describe('GIVEN a how-many question about the dead', () => {
  it('WHEN the sentence reports only the hurt THEN it is a trick (no death given)', () => {
    const sentence = 'Two divers were taken to hospital with cuts to their legs.';
    expect(trickOf('How many divers were killed?', 'Two divers', at(sentence))).toBe('deaths-not-given');
    expect(trickOf('How many people died?', 'Two', at(sentence))).toBe('deaths-not-given');
  });

  it('WHEN the sentence reports the deaths, or that nobody died, THEN it stands', () => {
    expect(trickOf('How many people died?', 'four', at('The storm killed four people.'))).toBeUndefined();
    expect(
      trickOf('How many people died?', 'at least four', at('At least four deaths were confirmed.')),
    ).toBeUndefined();
    expect(trickOf('How many people were killed?', 'No one', at('No one lost their life.'))).toBeUndefined();
    expect(
      trickOf('How many sailors died?', 'Six sailors', at('Six sailors were lost at sea.')),
    ).toBeUndefined();
  });

  it('WHEN the sentence has people lost in a place, not dead ("lost in a blizzard … rescued") THEN it is a trick', () => {
    const sentence = 'Two hikers who were lost in a blizzard for 30 hours have been rescued alive.';
    expect(trickOf('How many hikers died?', 'Two hikers', at(sentence))).toBe('deaths-not-given');
  });
});

describe('GIVEN a question for the holder of someone\'s role ("Who is Mara Voss\'s lawyer?")', () => {
  const sentence = 'Deputy Mayor Mara Voss will run the city while the case is pending.';

  it('WHEN the answer is the owner the question names THEN it is a trick', () => {
    expect(trickOf("Who is Mara Voss's lawyer?", 'Deputy Mayor Mara Voss', at(sentence))).toBe(
      'owner-for-role',
    );
  });

  it('WHEN the answer is someone else, or kin who share the name, THEN it stands', () => {
    const lawyer = 'Her lawyer, Ines Kohl, said she would appeal.';
    expect(trickOf("Who is Mara Voss's lawyer?", 'Ines Kohl', at(lawyer))).toBeUndefined();
    const father = "Voss's father, Anton Voss, ran the harbour for 20 years.";
    expect(trickOf("Who was Voss's father?", 'Anton Voss', at(father))).toBeUndefined();
  });
});

describe('GIVEN a question whose verb the sentence says only the opposite of', () => {
  it('WHEN asked how many jobs a firm will add over "would cut 900 jobs" THEN it is a trick', () => {
    const sentence = 'The shipyard said it would cut 900 jobs by March.';
    expect(trickOf('How many jobs will the shipyard add?', '900 jobs', at(sentence))).toBe('antonym');
  });

  it('WHEN asked when a service will stop over "will begin" THEN it is a trick', () => {
    const sentence = 'Ferries will begin running on May 2.';
    expect(trickOf('When will ferries stop running?', 'May 2', at(sentence))).toBe('antonym');
    expect(trickOf('When will ferries begin running?', 'May 2', at(sentence))).toBeUndefined();
  });
});

describe('GIVEN a sentence with a year before 1500', () => {
  const sentence = 'The chalice, made for Bishop Odo around 1210, was insured for 2 million euros.';

  it('WHEN the question asks about another early year THEN it is a trick (year swapped)', () => {
    expect(trickOf('Who was the chalice made for in 1310?', 'Bishop Odo', at(sentence))).toBe('year-swap');
  });

  it('WHEN the question gives the same year, or a count of that size, THEN it stands', () => {
    expect(trickOf('Who was the chalice made for in 1210?', 'Bishop Odo', at(sentence))).toBeUndefined();
    const count = 'About 1400 soldiers held the fort in 1642.';
    expect(trickOf('How many held the fort in 1642?', '1400 soldiers', at(count))).toBeUndefined();
  });
});

describe('GIVEN a question that puts the thing in a place the answer’s paragraph never names', () => {
  const story = [
    'Harlow Bank, based in Vessing, said on Monday it would close 40 branches.',
    'Its card unit, which is based in Oslo and employs 300 staff, will stay open.',
  ];
  const where = { paragraph: story[1]!, story, title: 'Harlow Bank to close 40 branches' };

  it('WHEN the sentence puts it in another named place THEN it is a trick (place swapped)', () => {
    expect(placeSwapped('How many staff work in Vessing?', story[1]!, where)).toBe(true);
  });

  it('WHEN the place is in the paragraph, only in the title, or nowhere in the story (a typo) THEN it stands', () => {
    expect(placeSwapped('How many staff work in Oslo?', story[1]!, where)).toBe(false);
    expect(placeSwapped('How many staff work in Harlow?', story[1]!, where)).toBe(false);
    expect(placeSwapped('How many staff work in Olso?', story[1]!, where)).toBe(false);
    expect(placeSwapped('How many staff work there in March?', story[1]!, where)).toBe(false);
  });

  it('WHEN the place is typed in lower case, as people type, THEN it is read as the story’s name', () => {
    expect(placeSwapped('how many staff work in vessing', story[1]!, where)).toBe(true);
    expect(placeSwapped('how many staff work in oslo', story[1]!, where)).toBe(false);
  });

  it('WHEN the lower-case word is no name of the story THEN it is no place', () => {
    expect(placeSwapped('how many staff work from home', story[1]!, where)).toBe(false);
    expect(placeSwapped('how many staff will stay in branches', story[1]!, where)).toBe(false);
  });
});

describe('GIVEN a sentence that only quotes the person the answer names', () => {
  const quote = '“We would rather wait than lose a ship that took six years to build,” Ames said.';

  it('WHEN asked who did a deed the quotation speaks of THEN the speaker is a trick', () => {
    expect(trickOf('Who built the ship?', 'Ames', at(quote))).toBe('speaker-for-doer');
  });

  it('WHEN asked who said it, or the attribution names the role that did it, THEN it stands', () => {
    expect(trickOf('Who said the ship took six years?', 'Ames', at(quote))).toBeUndefined();
    const titled = '“We built her by hand,” said shipyard owner Tom Ames, who built the ship.';
    expect(trickOf('Who built the ship?', 'Tom Ames', at(titled))).toBeUndefined();
  });
});

describe('GIVEN a paragraph where one figure rose and another fell', () => {
  const paragraph =
    'Revenue for the quarter rose 4 percent to 2.3 billion dollars. Its shares fell 9 percent in early trading.';
  const [revenue, shares] = [
    'Revenue for the quarter rose 4 percent to 2.3 billion dollars.',
    'Its shares fell 9 percent in early trading.',
  ];

  it('WHEN asked how much the one that fell rose THEN it is a trick (the opposite said elsewhere)', () => {
    expect(oppositeElsewhere('How much did the shares rise?', revenue, paragraph)).toBe(true);
  });

  it('WHEN asked what the paragraph does say THEN it stands', () => {
    expect(oppositeElsewhere('How much did the shares fall?', shares, paragraph)).toBe(false);
    expect(oppositeElsewhere('How much did revenue rise?', revenue, paragraph)).toBe(false);
  });
});

describe('GIVEN a sum asked for ("What was revenue for the quarter?")', () => {
  it('WHEN the answer holds no figure THEN it is a trick (no quantity given)', () => {
    const sentence = 'Harlow said revenue for the quarter rose 4 percent.';
    expect(trickOf('What was revenue for the quarter?', 'Harlow', at(sentence))).toBe('quantity-not-given');
    expect(trickOf('What was revenue for the quarter?', '2.3 billion dollars', at(sentence))).toBeUndefined();
  });
});

describe('GIVEN a stretch of time and an age confused for each other', () => {
  const sentence = 'Harbour master Elin Dahl, who has run the port for 31 years, signed a five-year lease.';

  it('WHEN asked how old someone is and the answer is the time they spent on something THEN it is a trick', () => {
    expect(trickOf('how old is elin dahl', '31 years', at(sentence))).toBe('duration-for-age');
  });

  it('WHEN asked how old someone is and the answer is a stretch made a word of a noun THEN it is a trick', () => {
    expect(trickOf('how old is elin dahl', 'five-year lease', at(sentence))).toBe('duration-for-age');
  });

  it('WHEN asked how long something lasted and the answer is an age THEN it is a trick', () => {
    const aged = 'The ferry was steered by Tom Rask, a 52-year-old captain from Hull.';
    expect(trickOf('how long has tom rask been a captain', '52-year-old captain', at(aged))).toBe(
      'age-for-duration',
    );
  });

  it('WHEN the age or the stretch is the one asked THEN it stands', () => {
    expect(trickOf('how long has elin dahl run the port', '31 years', at(sentence))).toBeUndefined();
    const aged = 'The ferry was steered by Tom Rask, a 52-year-old captain from Hull.';
    expect(trickOf('how old is tom rask', '52-year-old', at(aged))).toBeUndefined();
    const built = 'The lighthouse, built 140 years ago, still works.';
    expect(trickOf('how old is the lighthouse', '140 years', at(built))).toBeUndefined();
  });
});

describe('GIVEN a sentence that measures one thing in a unit and a question that measures another in it', () => {
  const sentence = 'The co-operative bottled 12,000 litres of cider this autumn, most of it for export.';

  it('WHEN the thing asked is nowhere in the sentence THEN it is a trick', () => {
    expect(
      trickOf('how many litres of perry did the co-operative bottle', '12,000 litres', at(sentence)),
    ).toBe('measured-thing-swap');
  });

  it('WHEN the thing asked is the one the sentence measures THEN it stands', () => {
    expect(
      trickOf('how many litres of cider did the co-operative bottle', '12,000 litres', at(sentence)),
    ).toBeUndefined();
  });

  it('WHEN the sentence does not say what the figure measures THEN it stands', () => {
    const bare = 'The co-operative bottled 12,000 litres this autumn.';
    expect(
      trickOf('how many litres of perry did the co-operative bottle', '12,000 litres', at(bare)),
    ).toBeUndefined();
  });
});
