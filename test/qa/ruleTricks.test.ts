import { describe, expect, it } from 'vitest';
import { answerQuestion, buildKnowledgeBase } from '../../src/qa/index.ts';
import { modelChoice } from '../../src/qa/answer.ts';
import { committedWeights } from '../../src/qa/model.ts';
import { holdsRoleAsked, leftOpen, offTopic, roleAsked, trickOf } from '../../src/qa/ruleTricks.ts';
import { parseStory } from '../../src/knowledge/parseStory.ts';
import { AGREEMENT_MARGIN } from '../../src/qa/tuning.ts';
import { harborStory, schoolStory } from '../support/stories.ts';
import { SUMMIT_STORY, summitStory } from '../support/summitStory.ts';
import { askedPersonForAnswer } from '../../src/qa/ruleTrickPeople.ts';

const TITLE = 'Andaria and Belmora sign river pact at border summit';
const FIRST =
  'Andarian President Lucia Ferrand signed a pact on Friday to share the water of the Sella river with neighbouring Belmora, ending a dispute that had lasted three decades.';
const at = (sentence: string, title = TITLE) => ({ sentence, title });

describe('GIVEN a question about the holder of a role of a named body', () => {
  it.each([
    ['Who is the president of Belmora?', 'president', ['belmora']],
    ["What did Acme Steel's chief executive say?", 'chief executive', ['acme', 'steel']],
    ['What did the U.N. secretary general say?', 'secretary general', ['un']],
    ["What did the women's team captain say?", 'captain', ['women']],
    // Capitals, hyphens and runs of spaces inside a role's words.
    ['Who is the PRIME-MINISTER of Belmora?', 'prime minister', ['belmora']],
    ["What did Belmora's Director  General say?", 'director general', ['belmora']],
    ['Who was the Police\tChief of Andaria?', 'police chief', ['andaria']],
  ])('WHEN %s is read THEN the role %s of %j is found', (question, role, body) => {
    expect(roleAsked(question)).toMatchObject({ role, body });
  });

  it.each(['What coach left the club?', 'Who is the new president?', "What did the company's chairman say?"])(
    'WHEN %s is read THEN no named body is found',
    (question) => {
      expect(roleAsked(question)).toBeUndefined();
    },
  );

  it('WHEN the sentence gives that role to another country THEN it is a trick', () => {
    expect(trickOf('Who is the president of Belmora?', 'Lucia Ferrand', at(FIRST))).toBe('role');
  });

  it('WHEN the sentence gives that role to the body asked about THEN it is no trick, and the name holds it', () => {
    expect(trickOf('Who is the president of Andaria?', 'Lucia Ferrand', at(FIRST))).toBeUndefined();
    expect(holdsRoleAsked('Who is the president of Andaria?', 'Lucia Ferrand', at(FIRST))).toBe(true);
  });

  it('WHEN the sentence names the role alone and the story is about the body THEN the name beside it holds the role', () => {
    const source = at(
      'Chief executive Nora Pike told analysts that demand had collapsed.',
      'Acme Steel cuts 900 jobs',
    );
    expect(trickOf('Who is the CEO of Acme Steel?', 'Nora Pike', source)).toBeUndefined();
    expect(holdsRoleAsked('Who is the CEO of Acme Steel?', 'Nora Pike', source)).toBe(true);
    expect(
      holdsRoleAsked('Who is the CEO of Acme Steel?', 'Nora Pike', { ...source, title: 'Steel cuts' }),
    ).toBe(false);
  });

  it('WHEN the body asked is a name with "&" in it THEN the whole name is the body', () => {
    const source = at('Chief executive Nora Pike said demand had collapsed.', 'Marl & Sons cuts 900 jobs');
    expect(roleAsked("Who is Marl & Sons's chief executive?")?.body).toEqual(['marl', 'sons']);
    expect(holdsRoleAsked('Who is the chief executive of Marl & Sons?', 'Nora Pike', source)).toBe(true);
  });

  it('WHEN the question asks more than the role ("in 1990") THEN the name is left to the model', () => {
    expect(holdsRoleAsked('Who was the president of Andaria in 1990?', 'Lucia Ferrand', at(FIRST))).toBe(
      false,
    );
  });

  it('WHEN the sentence speaks of the body as "the company" THEN it is no trick', () => {
    const source = at("Ben Ode, the company's chief executive, said sales had doubled.", 'Prices rise');
    expect(
      trickOf("What did Acme Steel's chief executive say?", 'sales had doubled', source),
    ).toBeUndefined();
  });
});

describe('GIVEN a negative question', () => {
  it('WHEN the sentence says nothing negative THEN it is a trick', () => {
    expect(trickOf('Who did not sign the pact?', 'Lucia Ferrand', at(FIRST))).toBe('negation');
  });

  it('WHEN the sentence says it too THEN it is no trick', () => {
    const sentence =
      'Belmora’s foreign minister, Ilse Brandt, did not attend the ceremony because she was ill.';
    expect(trickOf('Who did not attend the ceremony?', 'Ilse Brandt', at(sentence))).toBeUndefined();
  });

  it('WHEN only a clause inside the question is negative THEN it is no trick', () => {
    const sentence = 'On June 4 the league announced that the old names would be suspended.';
    expect(
      trickOf('When did the league say it would not use the old names?', 'June 4', at(sentence)),
    ).toBeUndefined();
  });
});

describe('GIVEN a sentence that denies what the question asks about', () => {
  it('WHEN the question asks what the pact covers and the sentence says it does not cover groundwater THEN it is a trick', () => {
    const sentence = 'The pact does not cover groundwater, which both countries pump from the same aquifer.';
    expect(trickOf('What does the pact cover?', 'groundwater', at(sentence))).toBe('negated-verb');
  });

  it('WHEN the sentence says "not … until" THEN it is no trick (it says when)', () => {
    const sentence = 'The church was not founded until 1784.';
    expect(trickOf('When was the church founded?', '1784', at(sentence))).toBeUndefined();
  });

  it('WHEN the sentence also states the verb plainly THEN it is no trick', () => {
    const sentence = 'Nurses are registered with the board; a nurse who is not registered may not work.';
    expect(trickOf('With whom are nurses registered?', 'the board', at(sentence))).toBeUndefined();
  });
});

describe('GIVEN a "how many" question', () => {
  it('WHEN the answer is a sum of money THEN it is a trick; a count is not', () => {
    const sentence = 'About 40,000 farmers depend on the river, and the pact will cost $120 million.';
    expect(trickOf('How many farmers signed the pact?', '$120 million', at(sentence))).toBe('count-of-money');
    expect(
      trickOf('How many farmers depend on the river?', 'About 40,000 farmers', at(sentence)),
    ).toBeUndefined();
  });
});

describe('GIVEN a "how many" question answered without a figure', () => {
  const sentence =
    'The crew said the mission, now set for next spring, will carry a new heat shield they deserve.';
  it('WHEN the answer holds no number and no counting word THEN it is a trick', () => {
    expect(trickOf('How many astronauts will fly?', 'a new heat shield', at(sentence))).toBe(
      'count-without-number',
    );
  });
  it('WHEN the answer counts in words THEN it is not', () => {
    expect(trickOf('How many astronauts will fly?', 'four astronauts', at(sentence))).toBeUndefined();
    expect(trickOf('How many astronauts will fly?', 'several', at(sentence))).toBeUndefined();
  });
});

describe('GIVEN an answer made only of the question’s own words', () => {
  const sentence = 'Brightwater, the city’s largest employer, was founded in 1952.';
  it('WHEN the question asks who founded the company and the answer is the company THEN it is a trick', () => {
    expect(trickOf('Who founded Brightwater?', 'Brightwater', at(sentence))).toBe('repeats-question');
  });
  it('WHEN the answer adds what the question does not say THEN it is not', () => {
    expect(trickOf('When was Brightwater founded?', '1952', at(sentence))).toBeUndefined();
  });
  it('WHEN the answer is the question’s own year behind "since" THEN it is a trick', () => {
    const strike = 'The walkout, the longest at the mill since 1971, began in May.';
    expect(trickOf('How long did the 1971 walkout last?', 'since 1971', at(strike))).toBe('repeats-question');
    expect(trickOf('How long has the mill been open?', 'since 1971', at(strike))).toBeUndefined();
  });
});

describe('GIVEN a "when" question', () => {
  const sentence = 'The council voted 7-2 on Tuesday night to approve the budget.';
  it('WHEN the answer holds no time at all THEN it is a trick; a day, a year or a clause of time is not', () => {
    expect(trickOf('When did the council approve the budget?', '7-2', at(sentence))).toBe(
      'when-without-time',
    );
    expect(
      trickOf('When did the council approve the budget?', 'Tuesday night', at(sentence)),
    ).toBeUndefined();
    expect(trickOf('When was the bridge built?', '1932', at(sentence))).toBeUndefined();
    expect(trickOf('When did the strike end?', 'after the vote', at(sentence))).toBeUndefined();
  });
});

describe('GIVEN a story and a question', () => {
  it('WHEN the weightiest word of the question is nowhere in the story THEN the story is off topic', () => {
    expect(offTopic('How much did the dam earn last year?', [SUMMIT_STORY])).toBe(true);
    expect(offTopic('How much will the pact cost Andaria?', [SUMMIT_STORY])).toBe(false);
  });

  it('WHEN the story has another word of the same family ("signing" for "signed") THEN it is on topic', () => {
    expect(offTopic('Who attended the signing?', [SUMMIT_STORY])).toBe(false);
  });

  it('WHEN the weightiest word is a typo THEN it does not count', () => {
    expect(offTopic('who signd the pact', [SUMMIT_STORY])).toBe(false);
  });

  it('WHEN the question asks what a governor said and the story names no governor THEN it is off topic', () => {
    expect(offTopic('What did the governor say about the pact?', [SUMMIT_STORY])).toBe(true);
    expect(offTopic('What did the prime minister say about the pact?', [SUMMIT_STORY])).toBe(false);
  });
});

describe('GIVEN a sentence that states what the question asks about but not who did it', () => {
  const interpreted = 'The pact, he said in remarks interpreted into Belmoran, would last fifty years.';

  it('WHEN asked who did a thing the sentence puts in the passive with no "by" THEN the answer after the verb is a trick', () => {
    expect(trickOf('Who interpreted the remarks?', 'Belmoran', at(interpreted))).toBe('doer-not-given');
  });

  it('WHEN the sentence names the doer after "by" or before the verb THEN it is no trick', () => {
    const byWhom = 'The remarks were interpreted into Belmoran by Ilse Brandt.';
    expect(trickOf('Who interpreted the remarks?', 'Ilse Brandt', at(byWhom))).toBeUndefined();
    const active = 'Ilse Brandt interpreted the remarks into Belmoran.';
    expect(trickOf('Who interpreted the remarks?', 'Ilse Brandt', at(active))).toBeUndefined();
    const quoted = '“The river belongs to both of us,” said Ilse Brandt.';
    expect(trickOf('Who said the river belongs to both?', 'Ilse Brandt', at(quoted))).toBeUndefined();
  });

  it('WHEN asked who won a race the sentence calls off THEN the race’s own name is no answer', () => {
    const canceled = 'The Sella Cup race in Orsk, scheduled for Sunday, was canceled, organizers said.';
    expect(trickOf('Who won the Orsk race?', 'Sella', at(canceled))).toBe('names-the-thing-asked');
  });

  it('WHEN the sentence says who did it THEN the doer before the question’s noun is no trick', () => {
    const won = 'Marta Kell won the Sella Cup race in Orsk on Sunday.';
    expect(trickOf('Who won the Orsk race?', 'Marta Kell', at(won))).toBeUndefined();
  });
});

describe('GIVEN the summit story beside two others', () => {
  const kb = buildKnowledgeBase([summitStory(), harborStory(), schoolStory()]);
  const ask = (question: string) => answerQuestion(kb, question).answer;

  it('WHEN asked for the president of the country the story names one of THEN the answer is that name', () => {
    expect(ask('Who is the president of Andaria?')).toBe('Lucia Ferrand');
  });

  it.each([
    ['Who is the president of Belmora?', 'the only president named is Andaria’s'],
    ['Who did not sign the pact?', 'every signer signed'],
    ['What does the pact cover?', 'the story says what it does not cover'],
  ])('WHEN asked %s THEN it refuses (%s)', (question) => {
    expect(ask(question)).toBeNull();
  });

  it.each([
    ['Who is the prime minister of Belmora?', 'Tomas Varga'],
    ['Who did not attend the ceremony?', 'Ilse Brandt'],
  ])('WHEN asked %s THEN the answer is %s', (question, name) => {
    expect(ask(question)).toBe(name);
  });
});

describe('GIVEN a question that says the opposite of its sentence', () => {
  it.each([
    ['How much did shares in Acme rise?', 'Shares in Acme fell 9 percent on Friday.', '9 percent'],
    ['Which players were under 30?', 'The players who left were all over 30.', 'The players who left'],
    ['Who praised the plan?', 'Ellen Ruiz criticized the plan as too costly.', 'Ellen Ruiz'],
    ['By how much will the grant rise?', 'The grant will be cut by 4 percent next year.', '4 percent'],
    ['Which bill did the senate vote to pass?', 'The senate vetoed the water bill in May.', 'the water bill'],
    ['What did the council raise the parking fee to?', 'The council cut the parking fee to $2.', '$2'],
  ])('WHEN asked %s THEN it is a trick', (question, sentence, answer) => {
    expect(trickOf(question, answer, at(sentence))).toBe('antonym');
  });

  it('WHEN the sentence says both ("rose after it fell") THEN it is no trick', () => {
    const sentence = 'Shares in Acme rose 4 percent after they fell on Monday.';
    expect(trickOf('How much did shares in Acme rise?', '4 percent', at(sentence))).toBeUndefined();
  });

  it('WHEN the question raises what the sentence raised THEN it is no trick', () => {
    const sentence = 'The council raised the parking fee to $2 after it cut bus fares.';
    expect(trickOf('What did the council raise the parking fee to?', '$2', at(sentence))).toBeUndefined();
  });

  it('WHEN the question says "last" as a verb THEN it is no trick', () => {
    expect(
      trickOf('How long did the first season last?', 'ten weeks', at('The first season ran ten weeks.')),
    ).toBeUndefined();
  });
});

describe('GIVEN a question whose figure or frame the sentence swaps', () => {
  it('WHEN the question asks "for each week" and the sentence says "for each month" THEN it is a trick', () => {
    const sentence = 'An owner faces a fine of $500 for each month the tower goes unregistered.';
    expect(trickOf('What fine does an owner face for each week?', '$500', at(sentence))).toBe('unit-swap');
    expect(trickOf('What fine does an owner face for each month?', '$500', at(sentence))).toBeUndefined();
  });

  it('WHEN the question names a year and the sentence another THEN it is a trick', () => {
    const sentence = 'The firm, founded in 2012, has sold about 60,000 heaters.';
    expect(trickOf('How many heaters had the firm sold by 2015?', 'about 60,000 heaters', at(sentence))).toBe(
      'year-swap',
    );
  });

  it('WHEN the question gives a span of years or a decade THEN the year is not checked', () => {
    const sentence = 'The king was held in the castle from 1646 until early 1647.';
    expect(
      trickOf('Who was held in the castle in 1646 through 1647?', 'The king', at(sentence)),
    ).toBeUndefined();
    expect(
      trickOf('Who sang the song in the 1970s?', 'Ada Vale', at('Ada Vale sang it in 1974.')),
    ).toBeUndefined();
  });

  it('WHEN the question asks who gets both and the sentence offers one or the other THEN it is a trick', () => {
    const sentence = 'Customers can choose a free replacement or a full refund.';
    expect(
      trickOf('Which customers will get both a replacement and a refund?', 'Customers', at(sentence)),
    ).toBe('both-of-either');
  });

  it('WHEN the answer is the initials of a name in the question THEN it is a trick', () => {
    const sentence = 'The WPD will grow from 10 to 14 clubs next season.';
    expect(trickOf('Who opposed the growth of the Women’s Premier Division?', 'WPD', at(sentence))).toBe(
      'acronym-of-question',
    );
  });

  it('WHEN the question asks who criticized and the sentence says who defended THEN it is a trick', () => {
    const sentence = 'Dr. Ade, who joined the agency in May, defended the pace of the response.';
    expect(trickOf('Who criticized the pace of the response?', 'Dr. Ade', at(sentence))).toBe('antonym');
    expect(trickOf('When did Dr. Ade leave the agency?', 'May', at(sentence))).toBe('antonym');
  });
});

describe('GIVEN the rule extractor and the model agree on one span of the summit story', () => {
  const kb = buildKnowledgeBase([summitStory(), harborStory(), schoolStory()]);
  const question = 'How many farmers depend on the river?';
  const weights = committedWeights();
  const sureness = modelChoice(kb, question, weights)!.ruleVerdict!.confidence;

  it('WHEN the model is a little less sure than the threshold THEN the agreed answer stands', () => {
    const answer = answerQuestion(kb, question, {
      ...weights,
      threshold: sureness / (1 - AGREEMENT_MARGIN / 2),
    });
    expect(answer.answer).toMatch(/40,000 farmers/);
  });

  it('WHEN the model is further below the threshold than the margin THEN it refuses', () => {
    const answer = answerQuestion(kb, question, {
      ...weights,
      threshold: sureness / (1 - AGREEMENT_MARGIN * 1.5),
    });
    expect(answer.answer).toBeNull();
  });
});

describe('GIVEN a sentence that leaves the question undecided', () => {
  it('WHEN asked how much Acme was fined over "will decide whether to fine Acme" THEN it is a trick', () => {
    const sentence =
      'The agency will decide by May whether to fine Acme, which could face a penalty of up to 4 percent of its sales.';
    expect(trickOf('How much was Acme fined?', 'up to 4 percent', at(sentence))).toBe('undecided');
    expect(trickOf('How much could Acme be made to pay?', 'up to 4 percent', at(sentence))).toBeUndefined();
  });
});

describe('GIVEN a question for a person, a thing or an age', () => {
  const sentence = 'The board, whose members include Ilse Brandt, held the rate at 5.75 percent on Friday.';

  it('WHEN the answer is a share or a sum THEN it is a trick', () => {
    expect(trickOf('Which two members favoured holding the rate?', '5.75 percent', at(sentence))).toBe(
      'share-for-name',
    );
    expect(trickOf('How old is Ilse Brandt?', '5.75 percent', at(sentence))).toBe('share-for-name');
  });

  it('WHEN the question itself asks for a share THEN a share answers it', () => {
    expect(
      trickOf('Which rate in percent did the board hold?', '5.75 percent', at(sentence)),
    ).toBeUndefined();
    expect(trickOf('Which member sits on the board?', 'Ilse Brandt', at(sentence))).toBeUndefined();
  });
});

describe('GIVEN a sentence that says no one did what the question asks about', () => {
  it('WHEN the answer is "Neither funder" THEN it is a trick', () => {
    const sentence = 'Neither funder had any role in the analysis, the authors said.';
    expect(trickOf('Which funder had a role in the analysis?', 'Neither funder', at(sentence))).toBe(
      'answer-denies',
    );
    expect(trickOf('How many goals did Orsk score?', 'none', at(sentence))).toBeUndefined();
  });
});

describe('GIVEN a question for an amount', () => {
  const sentence = 'Construction is expected to begin in March and last three years.';

  it('WHEN the answer is a stretch of time THEN it is a trick, unless the question asks about time', () => {
    expect(trickOf('How much did the port earn last year?', 'three years', at(sentence))).toBe(
      'time-for-amount',
    );
    expect(trickOf('How much time will construction take?', 'three years', at(sentence))).toBeUndefined();
    expect(trickOf('How much longer will construction last?', 'three years', at(sentence))).toBeUndefined();
  });

  it('WHEN a who-question is answered by what a sentence says of a name the question gives THEN it is a trick', () => {
    const shares = 'Shares in Norvik fell 9 percent in Stockholm trading.';
    expect(trickOf('Who founded Norvik?', 'Shares', at(shares))).toBe('names-the-thing-asked');
  });
});

describe('GIVEN a paragraph that says the very thing asked is not given', () => {
  const PARAGRAPH =
    'Mayor Ines Calder warned of "outside groups" that want to stall the harbour plan. She did not say who those groups are. Officials have not disclosed how many jobs the plan would create.';

  it.each([
    ['Who are the outside groups?'],
    ['Who are the groups that want to stall the plan?'],
    ['How many jobs would the harbour plan create?'],
  ])('WHEN asked %s THEN it is left open', (question) => {
    expect(leftOpen(question, PARAGRAPH)).toBe(true);
  });

  it.each([
    ['Who warned of outside groups?'],
    ['What did the mayor warn of?'],
    ['How many groups did the mayor name?'],
    ['Who is the mayor?'],
  ])('WHEN asked %s THEN it is not left open', (question) => {
    expect(leftOpen(question, PARAGRAPH)).toBe(false);
  });

  it('WHEN the whole engine is asked who the groups are THEN it refuses, and still answers who warned of them', () => {
    const text = `Local\n\nMayor warns of outside groups\n\n${PARAGRAPH}\n\nThe council votes on the plan next week.`;
    const kb = buildKnowledgeBase([parseStory({ id: 'groups', file: 'groups.txt', text })]);
    expect(answerQuestion(kb, 'Who are the outside groups?').answer).toBeNull();
    expect(answerQuestion(kb, 'Who warned of outside groups?').answer).toMatch(/Ines Calder/);
  });
});

describe('GIVEN a where-question', () => {
  const sentence = 'The fire started on Friday afternoon near a hiking trail north of the town.';

  it('WHEN the answer is a time THEN it is a trick (a time is not a place)', () => {
    expect(trickOf('Where did the fire start?', 'Friday afternoon', at(sentence))).toBe('where-at-time');
    expect(trickOf('Where did the fire start?', 'on Friday', at(sentence))).toBe('where-at-time');
  });

  it('WHEN the answer is a place THEN it stands', () => {
    expect(
      trickOf('Where did the fire start?', 'near a hiking trail north of the town', at(sentence)),
    ).toBeUndefined();
  });
});

describe('GIVEN a who-question over a sentence in the passive', () => {
  const sentence = 'The company was founded in 1952 by engineer Karl Veltro in a garage in Kessel.';

  it('WHEN the answer is what the verb was done to THEN it is a trick (patient-for-doer)', () => {
    expect(trickOf('Who founded Veltro?', 'The company', at(sentence))).toBe('patient-for-doer');
  });

  it('WHEN the answer is the thing a reduced relative clause was done to THEN it is a trick', () => {
    const reduced = 'The Corwin Dam, built in 1961, holds back the Tamsin River.';
    expect(trickOf('Who built the dam?', 'Corwin Dam', at(reduced))).toBe('patient-for-doer');
    expect(trickOf('Who built the dam?', 'Tamsin River', at(reduced))).toBe('doer-not-given');
  });

  it('WHEN an appositive stands before an active verb THEN the doer stands', () => {
    const active = 'The founder, Ann Lee, built the firm from a garage.';
    expect(trickOf('Who built the firm?', 'Ann Lee', at(active))).toBeUndefined();
  });

  it('WHEN the answer is the doer after "by" THEN it stands', () => {
    expect(trickOf('Who founded Veltro?', 'engineer Karl Veltro', at(sentence))).toBeUndefined();
  });
});

describe('GIVEN a how-old question', () => {
  const sentence = 'The dam, finished in 1961, supplies water to about 400,000 people.';

  it('WHEN the answer is a count of people THEN it is a trick (no age given)', () => {
    expect(trickOf('How old is the dam?', '400,000 people', at(sentence))).toBe('age-not-given');
  });

  it('WHEN the answer is an age, a bare number or a year THEN it stands', () => {
    expect(trickOf('How old is the dam?', '65 years', at(sentence))).toBeUndefined();
    expect(trickOf('How old was she?', '39.', at(sentence))).toBeUndefined();
    expect(trickOf('How old is the dam?', '1961', at(sentence))).toBeUndefined();
  });
});

describe('GIVEN a question for a minute, a year, a season …', () => {
  const sentence = 'Goalkeeper Ivo Marsh saved a penalty in the 70th minute.';

  it('WHEN the answer holds no figure and no such word THEN it is a trick (unit-not-given)', () => {
    expect(trickOf('In which minute was the penalty saved?', 'Ivo Marsh', at(sentence))).toBe(
      'unit-not-given',
    );
  });

  it('WHEN the answer gives it THEN it stands', () => {
    expect(trickOf('In which minute was the penalty saved?', '70th minute', at(sentence))).toBeUndefined();
    expect(trickOf('In which season did it happen?', 'autumn', at(sentence))).toBeUndefined();
  });
});

describe('GIVEN answers of the wrong kind for their question', () => {
  const sentence =
    'Health officials in Valdoria reported 412 new measles cases in the first two weeks of March, mostly in the provinces of Orsk and Tiven.';

  it('WHEN a when-question is answered by a count ("412 new measles cases") THEN it is a trick', () => {
    expect(trickOf('When were the cases reported?', '412 new measles cases', at(sentence))).toBe(
      'when-without-time',
    );
    expect(trickOf('When was the bridge built?', '1998', at(sentence))).toBeUndefined();
  });

  it('WHEN a how-many question is answered by a stretch of time THEN it is a trick, unless time is counted', () => {
    expect(trickOf('How many cases were there last year?', 'two weeks', at(sentence))).toBe(
      'time-for-amount',
    );
    expect(trickOf('How many weeks did it last?', 'two weeks', at(sentence))).toBeUndefined();
    expect(trickOf('How many times a year does it meet?', 'twice a year', at(sentence))).toBeUndefined();
  });

  it('WHEN a rate or an altitude is asked and no figure is given THEN it is a trick', () => {
    expect(
      trickOf('What are the vaccination rates in those provinces?', 'Orsk and Tiven', at(sentence)),
    ).toBe('quantity-not-given');
    expect(trickOf('What is the altitude of the observatory?', '2,400 metres', at(sentence))).toBeUndefined();
  });

  it('WHEN a why-question is answered by names alone THEN it is a trick', () => {
    expect(trickOf('Why did vaccination rates drop?', 'Orsk and Tiven', at(sentence))).toBe(
      'reason-is-names',
    );
  });

  it('WHEN a why-question is answered by a time alone THEN it is a trick', () => {
    expect(trickOf('Why are fires more likely?', 'over the past two decades', at(sentence))).toBe(
      'reason-is-time',
    );
    expect(trickOf('Why are fires more likely?', 'summers have grown hotter', at(sentence))).toBeUndefined();
  });

  it('WHEN a when-question is answered by "by" and no time ("by a wide margin") THEN it is a trick', () => {
    expect(trickOf('When did the House pass the bill?', 'by a wide margin', at(sentence))).toBe(
      'when-without-time',
    );
  });

  it('WHEN a who-question is answered by a place ("the city of Arenal") THEN it is a trick', () => {
    const place = 'Because of light from the growing city of Arenal, the director announced a move.';
    expect(trickOf('Who was the director?', 'Arenal', at(place))).toBe('place-for-person');
  });

  it('WHEN the sentence says the clinics closed and the question asks when they reopened THEN it is a trick', () => {
    const closed = 'Rural clinics were closed during budget cuts in 2023.';
    expect(trickOf('When did the clinics reopen?', '2023', at(closed))).toBe('antonym');
  });
});

describe('GIVEN a sentence that dates one event (a depot founded, crews to be hired)', () => {
  const founded = 'The Harlen tram depot was founded in 1911 and employs 240 people.';
  const hired = 'The operator said it would hire about 90 drivers next spring and open two lines.';

  it.each([
    ['When was the Harlen tram depot closed?', '1911', founded],
    ['When did the drivers strike?', 'next spring', hired],
    ['When was the stadium rebuilt?', '1921', 'The stadium, opened in 1921, is due to be rebuilt next year.'],
  ])(
    'WHEN asked %s (another event) THEN the time of the event it dates is a trick',
    (question, answer, s) => {
      expect(trickOf(question, answer, at(s))).toBe('time-of-other-event');
    },
  );

  it.each([
    ['When was the Harlen tram depot established?', '1911', founded],
    ['When will the operator recruit drivers?', 'next spring', hired],
    ['When was the depot painted?', '1911', founded],
    [
      'When will the stadium be rebuilt?',
      'next year',
      'The stadium, opened in 1921, is due to be rebuilt next year.',
    ],
  ])('WHEN asked %s (the same event, or one it cannot tell) THEN it is no trick', (question, answer, s) => {
    expect(trickOf(question, answer, at(s))).toBeUndefined();
  });
});

describe('GIVEN sentences from an airline’s results and an election recount', () => {
  const strike = 'Pilots agreed to a wage deal, ending a dispute that had led to a two-day strike in June.';
  const ranked = "Skyline Nordic, Scandinavia's third-largest airline, reported a net profit on Thursday.";
  const first = 'Adeyemi, 51, a former finance commissioner, will be the first woman to govern Ondara.';
  const ahead = 'The first count had put Adeyemi ahead by 2,870 votes.';

  it('WHEN asked about a three-day strike over a sentence on a two-day one THEN it is a number swap', () => {
    expect(trickOf('How long did the three-day strike last?', 'two-day strike', at(strike))).toBe(
      'number-swap',
    );
    expect(trickOf('When was the 2-day strike?', 'June', at(strike))).toBeUndefined();
  });

  it('WHEN asked for the largest over a sentence that says third-largest THEN it is a trick', () => {
    expect(trickOf("Which airline is Scandinavia's largest?", 'Skyline Nordic', at(ranked))).toBe(
      'ranked-otherwise',
    );
    expect(
      trickOf("Which is Scandinavia's third-largest airline?", 'Skyline Nordic', at(ranked)),
    ).toBeUndefined();
    expect(
      trickOf('What rank does Skyline Nordic hold among the largest?', 'third', at(ranked)),
    ).toBeUndefined();
  });

  it('WHEN asked for the first man over "the first woman", or a loss over "ahead by" THEN it is an antonym', () => {
    expect(trickOf('Who was the first man to govern Ondara?', 'Adeyemi', at(first))).toBe('antonym');
    expect(trickOf('How many votes did Adeyemi lose by?', '2,870 votes', at(ahead))).toBe('antonym');
    expect(trickOf('By how many votes was Adeyemi ahead?', '2,870 votes', at(ahead))).toBeUndefined();
  });
});

describe('GIVEN a sentence that counts one thing twice ("a three-year wage deal … a two-day strike")', () => {
  const sentence =
    'Pilots agreed in August to a three-year wage deal, ending a dispute that had led to a two-day strike in June.';

  it('WHEN asked about a three-day strike THEN the figure of another count does not hide the swap', () => {
    expect(trickOf('How long did the three-day strike last?', 'two-day strike', at(sentence))).toBe(
      'number-swap',
    );
  });

  it('WHEN asked how many of a larger number THEN it is no swap', () => {
    const part = 'The parties agreed on fourteen points of the plan.';
    expect(
      trickOf('How many of the fifteen points were agreed on?', 'fourteen points', at(part)),
    ).toBeUndefined();
  });
});

describe('GIVEN sentences that quote a person or name an outside expert', () => {
  const count =
    "Adeyemi received 612,408 votes against 611,266 for Okoro, the commission's chairman, Ibrahim Danjuma, told a news conference.";
  const expert =
    'Dr. Samuel Achebe, an infectious disease specialist at Lagos University Teaching Hospital who was not involved in the research, called the results exciting.';

  it('WHEN asked what the person who tells the figure did THEN the figure is a trick', () => {
    expect(trickOf('How many votes did Danjuma receive?', '612,408 votes', at(count))).toBe(
      'speaker-for-subject',
    );
    expect(trickOf('How many votes did Adeyemi receive?', '612,408 votes', at(count))).toBeUndefined();
  });

  it('WHEN asked who did the work THEN the expert who was not involved is a trick, not when asked what he did say', () => {
    expect(trickOf('Who led the study at Lagos University?', 'Samuel Achebe', at(expert))).toBe(
      'answer-not-involved',
    );
    expect(trickOf('Who was not involved in the research?', 'Samuel Achebe', at(expert))).toBeUndefined();
    expect(trickOf('Who called the results exciting?', 'Samuel Achebe', at(expert))).toBeUndefined();
    expect(trickOf('Who is Samuel Achebe?', 'Samuel Achebe, a specialist', at(expert))).toBeUndefined();
  });

  it('WHEN a who-question is answered by a compound word that opens the sentence THEN it is a trick', () => {
    const opener = 'Drug-resistant infections kill about 1.2 million people a year worldwide.';
    expect(trickOf('Who was involved in the research?', 'Drug-resistant', at(opener))).toBe(
      'word-for-person',
    );
    const name = 'Delgado-Hale thanked her supporters.';
    expect(trickOf('Who thanked the supporters?', 'Delgado-Hale', at(name))).toBeUndefined();
  });

  it('WHEN a length is asked and a sum of money is given THEN it is a trick', () => {
    const pipeline = 'The company said the 22-kilometre pipeline had cost 310 million crowns so far.';
    expect(trickOf('How long is the pipeline?', '310 million crowns', at(pipeline))).toBe(
      'money-for-measure',
    );
    expect(trickOf('How big is the budget?', '$48 million', at(pipeline))).toBeUndefined();
  });
});

describe('GIVEN a match report that says who scored and who plays next', () => {
  const goals = 'Striker Emeka Okafor scored twice in the first half.';
  const next = 'Dunford will play Westport Rovers in the final at Wembley on May 18.';

  it.each([
    ['How many goals did Marsh score?', 'twice', goals],
    ['Who will Carrow play in the final?', 'Westport Rovers', next],
  ])('WHEN asked %s (another doer) THEN it is a subject swap', (question, answer, sentence) => {
    expect(trickOf(question, answer, at(sentence))).toBe('subject-swap');
  });

  it.each([
    ['How many goals did Okafor score?', 'twice', goals],
    ['Who will Dunford play in the final?', 'Westport Rovers', next],
    ['When was Wembley chosen for the final?', 'May 18', next],
  ])(
    'WHEN asked %s (the doer the sentence names, or a passive) THEN it is no trick',
    (question, answer, sentence) => {
      expect(trickOf(question, answer, at(sentence))).toBeUndefined();
    },
  );

  it('WHEN the sentence names the person by another of the names in the title THEN it is no swap', () => {
    const source = {
      sentence: 'Emeka suffered a hamstring injury in March.',
      title: 'Emeka Okafor signs for Dunford',
    };
    expect(trickOf('What injury did Okafor suffer?', 'a hamstring injury', source)).toBeUndefined();
  });

  it('WHEN the title names both sides of the match THEN the swap is still seen', () => {
    const source = { sentence: next, title: 'Dunford beat Carrow 3-1 to reach the cup final' };
    expect(trickOf('Who will Carrow play in the final?', 'Westport Rovers', source)).toBe('subject-swap');
  });
});

describe('GIVEN a sentence that names a river', () => {
  const sentence =
    'The Valdera water treatment plant, which draws water from the Mira River and supplies 40,000 homes, will double its output.';

  it('WHEN asked which river and the answer is not the river named THEN it is a trick', () => {
    expect(trickOf('Which river does the plant draw water from?', 'treatment plant', at(sentence))).toBe(
      'feature-not-given',
    );
    expect(trickOf('Which river supplies the plant?', 'the region', at(sentence))).toBe('feature-not-given');
  });

  it('WHEN the answer is the river named, whole or in part THEN it is no trick', () => {
    expect(
      trickOf('Which river does the plant draw water from?', 'the Mira River', at(sentence)),
    ).toBeUndefined();
    expect(trickOf('From which river does the plant draw water?', 'Mira', at(sentence))).toBeUndefined();
  });
});

describe('GIVEN a sentence about a bridge’s past repairs', () => {
  const past = 'The Kelso Bridge was last repaired in 1994, when it was closed for six months.';

  it('WHEN asked when it will close THEN a past year is a trick', () => {
    expect(trickOf('When will the Kelso Bridge close?', '1994', at(past))).toBe('past-for-future');
  });

  it('WHEN asked when it was built THEN the year of its repair is a trick', () => {
    expect(trickOf('When was the bridge last built?', '1994', at(past))).toBe('time-of-other-event');
  });

  it('WHEN asked when it was repaired or closed THEN the year stands', () => {
    expect(trickOf('When was the bridge last repaired?', '1994', at(past))).toBeUndefined();
    expect(trickOf('When was the bridge closed?', '1994', at(past))).toBeUndefined();
    const future = 'The city will close the bridge on March 3, 2026 for two years.';
    expect(trickOf('When will the bridge close?', 'March 3, 2026', at(future))).toBeUndefined();
  });
});

describe('GIVEN a how-long question answered by a date', () => {
  const sentence = 'The walkout, the longest at the mill since 1971, began on 4 May after talks failed.';
  it('WHEN the answer is only a day and month THEN it is a trick (a point in time for a stretch)', () => {
    expect(trickOf('How long did the 1971 walkout last?', '4 May', at(sentence))).toBe('date-for-duration');
  });
  it('WHEN the answer is a stretch, or a date behind "since", or the question asks how long ago THEN it is not', () => {
    const lasted = 'The walkout lasted six weeks and ended on 4 May.';
    expect(trickOf('How long did the walkout last?', 'six weeks', at(lasted))).toBeUndefined();
    expect(trickOf('How long has the mill been shut?', 'since 4 May', at(sentence))).not.toBe(
      'date-for-duration',
    );
    expect(trickOf('How long ago did the walkout begin?', '4 May', at(sentence))).not.toBe(
      'date-for-duration',
    );
  });
});

describe('GIVEN a question about a person by their tie to a name ("Hale\'s wife")', () => {
  const sentence = 'Tom Hale, 52, admitted theft at a hearing in March.';
  it('WHEN the answer sentence tells what the named person did, with no word for the tie THEN it is a trick', () => {
    expect(trickOf("When did Hale's wife admit theft?", 'March', at(sentence))).toBe('kin-for-possessor');
  });
  it('WHEN the sentence names the tie, or asks about the named person THEN it is not', () => {
    const wife = "Hale's wife, Ann, admitted theft at a hearing in March.";
    expect(trickOf("When did Hale's wife admit theft?", 'March', at(wife))).toBeUndefined();
    expect(trickOf('When did Hale admit theft?', 'March', at(sentence))).toBeUndefined();
  });
  it('WHEN the sentence names a namesake the title tells apart ("Ed Hale" in a story on "Tom Hale") THEN it is not', () => {
    const father = 'Ed Hale went to the city in March to bring Tom home.';
    expect(
      trickOf("When did Hale's father go to the city?", 'March', { sentence: father, title: 'Tom Hale' }),
    ).toBeUndefined();
  });
});

describe('GIVEN a who-question answered with the person it names itself', () => {
  const text = `Business

Brickworks names new chief executive


Chief executive Anna Petrov will lead the Hollin Brickworks from March, the company said on Monday.

She takes over a business that employs 240 people at two sites.

Source: Trade Wire`;
  const kb = buildKnowledgeBase([parseStory({ id: 'brick', file: 'brick.txt', text })]);

  it('WHEN asked who came before her THEN it refuses rather than name her', () => {
    expect(answerQuestion(kb, 'who ran the brickworks before petrov').answer).toBeNull();
  });

  it('WHEN asked who she is THEN her own name still answers', () => {
    expect(answerQuestion(kb, 'Who is Anna Petrov?').answer).toMatch(/Chief executive|Petrov/i);
  });

  it('WHEN the answer only ends in the name or shares a family name THEN the check does not fire', () => {
    expect(askedPersonForAnswer('Who translated the letters of Luther?', 'friends of Luther')).toBe(false);
    expect(askedPersonForAnswer("Who is John Abbey's son?", 'Tom Abbey')).toBe(false);
    expect(askedPersonForAnswer('who was head before oyelaran', 'Headteacher Marcus Oyelaran')).toBe(true);
  });
});

describe('GIVEN a doer written as the noun of the verb asked (“Norden’s manager, NAME”)', () => {
  const sentence = "Norden's manager, Karl Berg, said the club would not sell its captain.";

  it('WHEN asked who did the verb THEN the name by the noun is no passive with its doer left open', () => {
    expect(trickOf('who manages norden', 'Karl Berg', { sentence, title: '' })).toBeUndefined();
  });

  it('WHEN the sentence does state the verb in the passive without its doer THEN the check still fires', () => {
    const passive = 'The remarks were interpreted into English for Petra Aalto.';
    expect(trickOf('Who interpreted the remarks?', 'Petra Aalto', { sentence: passive, title: '' })).toBe(
      'doer-not-given',
    );
  });
});
