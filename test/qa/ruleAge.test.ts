import { describe, expect, it } from 'vitest';
import { answerQuestion, buildKnowledgeBase } from '../../src/qa/index.ts';
import { parseStory } from '../../src/knowledge/parseStory.ts';
import { analyzeQuestion } from '../../src/qa/analyzeQuestion.ts';
import { answerAge } from '../../src/qa/ruleAge.ts';

const STORY = `Politics

Tarrand mayor charged over harbour contracts


Prosecutors on Monday charged Mayor Vera Lindqvist of Tarrand with abuse of office over harbour contracts.

Lindqvist, 61, denied wrongdoing. Her deputy, Otto Brandt, will run the city while the case is pending.

If convicted, Lindqvist faces up to four years in prison.

Source: Harbour Wire`;

describe('GIVEN a story that gives a person’s age between commas after the name', () => {
  const kb = buildKnowledgeBase([parseStory({ id: 'tarrand', file: 'tarrand.txt', text: STORY })]);

  it('WHEN asked how old the person is THEN the answer is the age, citing its sentence', () => {
    expect(answerQuestion(kb, 'How old is Lindqvist?')).toMatchObject({
      answer: '61',
      citations: [expect.objectContaining({ story: 'tarrand', paragraph: 2 })],
    });
    expect(answerQuestion(kb, 'How old is Vera Lindqvist?').answer).toBe('61');
  });

  it('WHEN asked the age of someone whose age the story does not give THEN it refuses (no prison term for an age)', () => {
    expect(answerQuestion(kb, 'How old is Otto Brandt?').answer).toBeNull();
  });
});

describe('GIVEN ages written "NAME, 22 and …" and "NAME, a 34-year-old …"', () => {
  const text = `Sport

Dorn wins the Hallam Open


Ines Dorn, 22 and unseeded, won the Hallam Open on Sunday.

"I never thought I would win here," said her coach, Mara Quill, a 47-year-old former champion.

Source: Court Wire`;
  const kb = buildKnowledgeBase([parseStory({ id: 'hallam', file: 'hallam.txt', text })]);

  it('WHEN asked how old each is THEN the answer is the age the story gives beside the name', () => {
    expect(answerQuestion(kb, 'How old is Dorn?').answer).toBe('22');
    expect(answerQuestion(kb, 'How old is Mara Quill?').answer).toBe('47');
  });
});

describe('GIVEN an age given in a clause after the name ("NAME, who is 29, …")', () => {
  const text = `Business

Harlow bakery chain names new chief


Petra Sandvik, who is 29, will take over as chief executive of Harlow Bakeries in May, the company said.

"I have baked bread since I was seven years old," Sandvik said.

Source: Trade Wire`;
  const kb = buildKnowledgeBase([parseStory({ id: 'harlow', file: 'harlow.txt', text })]);

  it('WHEN asked how old she is THEN the age in the clause, not the age in her quote', () => {
    expect(answerQuestion(kb, 'how old is sandvik').answer).toBe('29');
  });
});

describe('GIVEN ages written as a compound before the name or the noun', () => {
  const text = `Outdoors

Climbers found safe on Ben Arran


A 31-year-old woman and a 35-year-old man were found safe on Ben Arran on Sunday.

The alarm was raised by eight-year-old Tamsin, who had stayed at the car park with a neighbour.`;
  const kb = buildKnowledgeBase([parseStory({ id: 'arran', file: 'arran.txt', text })]);

  it('WHEN asked "How old is the woman?" THEN the age before that noun, not the other one', () => {
    expect(answerQuestion(kb, 'How old is the woman?').answer).toBe('31');
    expect(answerQuestion(kb, 'How old was the man?').answer).toBe('35');
  });

  it('WHEN asked the age of a name written "eight-year-old NAME" THEN that age', () => {
    expect(answerQuestion(kb, 'How old is Tamsin?').answer).toBe('eight');
  });
});

describe('GIVEN an age that opens the sentence after the name ("The 31-year-old has …")', () => {
  const text = `Cycling

Brenner signs for Team Alvara


Team Alvara have signed the Austrian rider Lukas Brenner from Velo Norden on a three-year deal.

The 31-year-old has won two stages of the national tour.

Norden's Mia Talvik took the sprint title on Sunday. The 22-year-old finished ahead of the defending champion.

A 45-year-old spectator was hurt at the finish.

Source: Wheel Wire`;
  const kb = buildKnowledgeBase([parseStory({ id: 'brenner', file: 'brenner.txt', text })]);

  it('WHEN asked in lower case how old the person named before is THEN the age of the next paragraph or sentence', () => {
    expect(answerQuestion(kb, 'how old is brenner').answer).toBe('31');
    expect(answerQuestion(kb, 'How old is Mia Talvik?').answer).toBe('22');
  });

  it('WHEN asked the age of the club or the team the sentence before names THEN no age of the rider', () => {
    expect(answerQuestion(kb, 'how old is velo norden').answer).not.toBe('31');
  });
});

describe('GIVEN a sentence that names a person and later calls them "the N-year-old"', () => {
  const text = `Courts

Tribunal clears chess master of cheating


A disciplinary tribunal on Friday cleared the chess grandmaster Oskar Lindahl of cheating, finding that the 41-year-old had used no device during the Brevik Open.

Mara Holt, who lost to him, filed the complaint. Mara Holt’s coach, Piet Mors, said the 58-year-old had warned the organisers.`;
  const kb = buildKnowledgeBase([parseStory({ id: 'lindahl', file: 'lindahl.txt', text })]);

  it('WHEN asked how old the person named first is THEN the answer is the age the epithet gives', () => {
    expect(answerQuestion(kb, 'how old is lindahl')).toMatchObject({
      answer: '41',
      citations: [expect.objectContaining({ story: 'lindahl', paragraph: 1 })],
    });
  });

  it('WHEN another named person comes between the name and the epithet THEN that age is not the name’s', () => {
    const question = 'how old is mara holt';
    expect(answerAge(kb, analyzeQuestion(question), question)).toBeUndefined();
    expect(answerQuestion(kb, 'how old is piet mors').answer).toBe('58');
  });
});
