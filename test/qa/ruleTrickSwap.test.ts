import { describe, expect, it } from 'vitest';
import { leftOpen, trickOf } from '../../src/qa/ruleTricks.ts';
import { nameNotInStory, yearNotInStory } from '../../src/qa/ruleTrickSwap.ts';
import { parseStory } from '../../src/knowledge/parseStory.ts';
import { answerQuestion, buildKnowledgeBase } from '../../src/qa/index.ts';

const TITLE = 'Orrin Cable to buy Haskett Wireless';
const at = (sentence: string) => ({ sentence, title: TITLE });

describe('GIVEN a question whose two named parties trade places in the sentence', () => {
  const sentence = 'Under the deal, Orrin will pay Haskett a fee of 90 million dollars.';

  it('WHEN the sentence’s doer is the question’s object THEN it is a trick (swapped roles)', () => {
    expect(trickOf('How much will Haskett pay Orrin?', '90 million dollars', at(sentence))).toBe(
      'parties-swapped',
    );
  });

  it('WHEN the parties stand as the question has them THEN the answer stands', () => {
    expect(trickOf('How much will Orrin pay Haskett?', '90 million dollars', at(sentence))).toBeUndefined();
  });

  it('WHEN the sentence is passive ("was fined by") THEN the parties are not swapped', () => {
    const passive = 'In 2019 Haskett was fined by Orrin for breaking the contract.';
    expect(trickOf('When did Orrin fine Haskett?', '2019', at(passive))).toBeUndefined();
  });
});

describe('GIVEN a phrasal verb whose particle the question turns around', () => {
  it('WHEN the question says "switch on" and the sentence only "switch off" THEN it is a trick', () => {
    const sentence = 'The board told the town to switch off its 60 street lamps by June.';
    expect(trickOf('How many lamps must the town switch on?', '60 street lamps', at(sentence))).toBe(
      'particle-swapped',
    );
  });

  it('WHEN the sentence has the same particle THEN the answer stands', () => {
    const sentence = 'The town will switch on 60 new street lamps in June.';
    expect(trickOf('How many lamps will the town switch on?', '60', at(sentence))).toBeUndefined();
  });
});

describe('GIVEN a count of the hurt', () => {
  it('WHEN the sentence counts only the dead THEN it is a trick', () => {
    const sentence = 'The 1990 flood killed 41 people in the valley.';
    expect(trickOf('How many people were injured in the 1990 flood?', '41 people', at(sentence))).toBe(
      'injuries-not-given',
    );
  });

  it('WHEN the sentence reports the injured, or no death at all, THEN the answer stands', () => {
    const both = 'The flood killed 41 people and injured 300.';
    expect(trickOf('How many people were injured?', '300', at(both))).toBeUndefined();
    const torn = 'He had already come back from three knee tears.';
    expect(trickOf('How many knee injuries did he have?', 'three', at(torn))).toBeUndefined();
  });
});

describe('GIVEN an answer of a kind the question cannot want', () => {
  it('WHEN a city is asked and an organisation named THEN it is a trick', () => {
    const sentence = 'The Open Streets League said several cities would follow.';
    expect(trickOf('Which cities will follow?', 'Open Streets League', at(sentence))).toBe('body-for-place');
  });

  it('WHEN a country is asked and a country named "… Union" THEN the answer stands', () => {
    const sentence = 'The first crewed flight was launched by the Soviet Union in 1961.';
    expect(
      trickOf('Which country launched the first crewed flight?', 'Soviet Union', at(sentence)),
    ).toBeUndefined();
  });

  it('WHEN an age is asked and the figure is half of a score THEN it is a trick', () => {
    const sentence = 'Dunn, 24, trailed 3-6 in the second set before recovering.';
    expect(trickOf('How old is Varga?', '6', at(sentence))).toBe('age-from-score');
    expect(trickOf('How old is Dunn?', '24', at(sentence))).toBeUndefined();
  });
});

describe('GIVEN a story that leaves a manner open', () => {
  const paragraph =
    'The minister promised 20 million in aid. She did not say how the money would be shared among the villages.';

  it('WHEN asked how the thing will be done THEN the story is read as leaving it open', () => {
    expect(leftOpen('How will the aid be shared among the villages?', paragraph)).toBe(true);
  });

  it('WHEN asked a question of degree ("how long") THEN the open manner does not count', () => {
    expect(leftOpen('How long will the money last?', paragraph)).toBe(false);
  });
});

describe('GIVEN an earning asked where the sentence spends', () => {
  it('WHEN the sentence says only "spent" THEN it is a trick (antonym)', () => {
    const sentence = 'The Ardel Trust spent 2 million dollars on the survey.';
    expect(
      trickOf('How much did the Ardel Trust earn from the survey?', '2 million dollars', at(sentence)),
    ).toBe('antonym');
  });
});

describe('GIVEN a who question answered by a place', () => {
  it('WHEN the answer stands in apposition to a place noun ("the port town, Ellery") THEN it is a trick', () => {
    const sentence = 'The storm made landfall near the port town, Ellery, the weather office said.';
    expect(trickOf('Who runs the weather office?', 'Ellery', at(sentence))).toBe('place-by-apposition');
  });

  it('WHEN the name follows a person’s role THEN it stands', () => {
    const sentence = 'The office’s director, Ruth Ellery, said the storm had weakened.';
    expect(trickOf('Who runs the weather office?', 'Ruth Ellery', at(sentence))).toBeUndefined();
  });
});

describe('GIVEN a result asked of an event the sentence puts ahead', () => {
  it('WHEN the final "will be played" THEN who won it is a trick', () => {
    const sentence = 'The doubles final between Ames and Kirov will be played on Monday.';
    expect(trickOf('Who won the doubles final?', 'Ames and Kirov', at(sentence))).toBe(
      'result-of-event-ahead',
    );
  });

  it('WHEN the sentence reports the result too THEN it stands', () => {
    const sentence = 'Ames beat Kirov in the semifinal and will play Brandt in the final on Monday.';
    expect(trickOf('Who did Ames beat?', 'Kirov', at(sentence))).toBeUndefined();
  });
});

describe('GIVEN a name asked of a person’s role', () => {
  it('WHEN the answer is the role with its owner ("Ardel’s chief justice") THEN it is a trick', () => {
    const sentence = 'Ardel’s chief justice opened the new court building.';
    expect(trickOf('What is the name of the chief justice?', 'Ardel’s chief justice', at(sentence))).toBe(
      'role-for-name',
    );
  });

  it('WHEN the answer holds a name, or a thing is asked ("Levi’s Stadium") THEN it stands', () => {
    const judge = 'Chief Justice Mara Quill opened the new court building.';
    expect(
      trickOf('What is the name of the chief justice?', 'Chief Justice Mara Quill', at(judge)),
    ).toBeUndefined();
    const stadium = 'The final will be held at Ardel’s Harbour Stadium.';
    expect(
      trickOf('What is the name of the stadium?', 'Ardel’s Harbour Stadium', at(stadium)),
    ).toBeUndefined();
  });
});

describe('GIVEN a doer of the wrong kind', () => {
  it('WHEN a company is asked and a titled person given THEN it is a trick', () => {
    const sentence = 'Dr. Lena Ortiz, who heads the institute, urged people to get the shot.';
    expect(trickOf('Which company makes the shot?', 'Dr. Lena Ortiz', at(sentence))).toBe(
      'kind-of-doer-swapped',
    );
  });

  it('WHEN a leader is asked and a party given THEN it is a trick; a person given THEN it stands', () => {
    const sentence = 'Talks will include the Labour Front and the Farmers’ Party.';
    expect(trickOf('Who leads the Labour Front?', 'Farmers’ Party', at(sentence))).toBe(
      'kind-of-doer-swapped',
    );
    const leader = 'The Farmers’ Party, led by Ana Dorn, won nine seats.';
    expect(trickOf('Who leads the Farmers’ Party?', 'Ana Dorn', at(leader))).toBeUndefined();
  });
});

describe('GIVEN a question with a year', () => {
  const story = ['Orrin Cable to buy Haskett', 'Orrin was founded in 1998.', 'It listed its shares in 2004.'];

  it('WHEN the story never writes that year THEN it is about something else', () => {
    expect(yearNotInStory('When did Orrin list its shares in 2019?', story)).toBe(true);
  });

  it('WHEN the year is in any paragraph, or the figure is no year ("2,000") THEN it stands', () => {
    expect(yearNotInStory('What did Orrin do in 2004?', story)).toBe(false);
    expect(yearNotInStory('Which company had 2,000 staff?', story)).toBe(false);
  });
});

describe('GIVEN a sentence that says what happens only on a condition', () => {
  const sentence = 'If the sale collapses, Orrin will pay Haskett a fee of 90 million dollars.';

  it('WHEN the question asks it as a fact THEN it is a trick (the price is not the fee)', () => {
    expect(trickOf('How much is Orrin paying for Haskett?', '90 million dollars', at(sentence))).toBe(
      'conditional-for-fact',
    );
  });

  it('WHEN the question asks about the fee itself, or under the condition, THEN it stands', () => {
    expect(trickOf('How big is the fee?', '90 million dollars', at(sentence))).toBeUndefined();
    expect(
      trickOf('How much will Orrin pay Haskett if the sale collapses?', '90 million dollars', at(sentence)),
    ).toBeUndefined();
  });
});

describe('GIVEN a story of a woman born in Carvel who taught at Hale College', () => {
  const story = [
    'Teacher Mona Pike dies at 88',
    'Born in Carvel in 1937, Mona Pike taught chemistry at Hale College for 40 years.',
    'She retired in 2002 and lived in Carvel until her death.',
  ];
  const kb = buildKnowledgeBase([
    parseStory({ id: 'pike', file: 'pike.txt', text: `${story[0]}\n\n${story[1]}\n\n${story[2]}` }),
  ]);

  it('WHEN asked about "Carvel College", whose words the story has apart THEN the name is not in the story', () => {
    expect(nameNotInStory('When did she start teaching at Carvel College?', story)).toBe(true);
    expect(answerQuestion(kb, 'When did she start teaching at Carvel College?').answer).toBeNull();
  });

  it('WHEN asked about a name the story writes, in any case, or a name with an "and" THEN it is not', () => {
    expect(nameNotInStory('How long did she teach at Hale College?', story)).toBe(false);
    expect(nameNotInStory('How long did she teach at hale college?', story)).toBe(false);
    expect(nameNotInStory('Did Pike ever work with the staff of Carvel College?', story)).toBe(true);
    expect(nameNotInStory('What did Mona Pike teach at Hale College and Carvel?', story)).toBe(false);
  });
});
