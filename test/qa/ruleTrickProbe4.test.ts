import { describe, expect, it } from 'vitest';
import { answerQuestion, buildKnowledgeBase } from '../../src/qa/index.ts';
import { parseStory } from '../../src/knowledge/parseStory.ts';
import { leftOpen, trickOf } from '../../src/qa/ruleTricks.ts';

/** Trick checks found by the fourth news probe (test/qa/unseenNews3.test.ts), each on a story of its own. */
const MINE = `Mining

Flooding traps miners at Corbel colliery

Water flooded the lower levels of the Corbel colliery on Monday, trapping 14 miners 300 metres below ground, the mine's owner said.

Rescue teams reached the men after nine hours. The regional safety inspector, Petra Holm, said investigators would examine why the pumps failed, but that it was too early to say what caused the flood.

The nearest hospital is in Dunsby, 35 kilometres away. "My father worked here for thirty years," said one rescuer.`;

const at = (sentence: string) => ({ sentence, title: 'Flooding traps miners at Corbel colliery' });

describe('GIVEN a story that says the cause is not yet known ("too early to say what caused …")', () => {
  const kb = buildKnowledgeBase([parseStory({ id: 'mine', file: 'mine.txt', text: MINE })]);

  it('WHEN asked what caused the flood THEN it says the stories do not say', () => {
    expect(answerQuestion(kb, 'What caused the flood?').answer).toBeNull();
  });

  it('WHEN asked why the pumps failed (to be examined) THEN it says the stories do not say', () => {
    expect(answerQuestion(kb, 'Why did the pumps fail?').answer).toBeNull();
  });

  it('WHEN asked who the safety inspector is THEN it still answers', () => {
    expect(answerQuestion(kb, 'Who is the regional safety inspector?').answer).toMatch(/Petra Holm/u);
  });
});

describe('GIVEN the left-open clauses one after another in a sentence', () => {
  const paragraph =
    'Investigators would examine why the pumps failed, but it was too early to say what caused the flood.';

  it('WHEN the second clause is the one asked THEN it is read too', () => {
    expect(leftOpen('What caused the flood?', paragraph)).toBe(true);
    expect(leftOpen('Why did the pumps fail?', paragraph)).toBe(true);
  });

  it('WHEN the question asks about something else THEN it is not left open', () => {
    expect(leftOpen('What happened to the miners?', paragraph)).toBe(false);
  });
});

describe('GIVEN answers of the wrong kind for the question', () => {
  const quote = '"My father worked here for thirty years," said one rescuer.';

  it('WHEN "who" is answered by a pronoun alone THEN it is a trick', () => {
    expect(trickOf("Who is the rescuer's father?", 'My', at(quote))).toBe('pronoun-for-person');
    expect(trickOf('Who reached the men?', 'they', at(quote))).toBe('pronoun-for-person');
  });

  it('WHEN "who" is answered by a name THEN it is not this trick', () => {
    expect(
      trickOf('Who is the safety inspector?', 'Petra Holm', at('The inspector, Petra Holm, spoke.')),
    ).toBe(undefined);
  });

  it('WHEN "how far" is answered by a stretch of time THEN it is a trick', () => {
    expect(
      trickOf(
        'How far away is the hospital?',
        'nine hours',
        at('Rescue teams reached the men after nine hours.'),
      ),
    ).toBe('time-for-distance');
  });

  it('WHEN "how far" is answered by a distance or a drive THEN it is not', () => {
    const sentence = 'The nearest hospital is in Dunsby, 35 kilometres away.';
    expect(trickOf('How far away is the hospital?', '35 kilometres away', at(sentence))).toBe(undefined);
    expect(trickOf('How far away is the hospital?', "an hour's drive", at(sentence))).toBe(undefined);
  });
});

const STRIKE = `Labour

Dock workers threaten strike at Penmor port

The Penmor Dockers' Union said on Tuesday its 900 members would strike if the port did not raise their pay by Friday.

The first ship of the day docked at 6:15 a.m., before the union's statement, and unloading went on as normal.`;

describe('GIVEN a story with a threat on a condition and a clock time', () => {
  const kb = buildKnowledgeBase([parseStory({ id: 'docks', file: 'docks.txt', text: STRIKE })]);

  it('WHEN asked by when the port must raise pay (a denial only inside "if …") THEN it answers', () => {
    expect(answerQuestion(kb, 'By when must the port raise their pay?').answer).toMatch(/Friday/u);
  });

  it('WHEN the verb is denied inside a condition THEN it is no denied-verb trick', () => {
    const sentence = 'The union said its members would strike if the port did not raise their pay by Friday.';
    expect(trickOf('When must the port raise their pay?', 'Friday', at(sentence))).toBe(undefined);
    expect(
      trickOf('When did the port raise their pay?', 'Friday', at('The port did not raise pay on Friday.')),
    ).toBe('negated-verb');
  });

  it('WHEN asked "At what time …?" THEN it is a when-question, answered by the time', () => {
    expect(answerQuestion(kb, 'At what time did the first ship dock?').answer).toMatch(/6:15/u);
  });
});

const CLUB = `Sport

Harwell Town sold to local builder

Harwell Town have been sold to the builder Owen Pryce, ending 30 years of ownership by the Lisle family.

Chairman Martin Lisle, 68, whose father bought the club in 1994, said it was time to step aside. The club raised ticket prices last season.`;

describe('GIVEN a story with an age between commas after a name and a past deed', () => {
  const kb = buildKnowledgeBase([parseStory({ id: 'club', file: 'club.txt', text: CLUB })]);
  const sentence =
    'Chairman Martin Lisle, 68, whose father bought the club in 1994, said it was time to step aside.';

  it('WHEN a question that is not about age is answered by that age THEN it is a trick', () => {
    expect(trickOf("How much did Lisle's father pay for the club?", '68, whose father', at(sentence))).toBe(
      'age-for-other',
    );
    expect(trickOf('How long did the Lisle family own the club?', '68', at(sentence))).toBe('age-for-other');
  });

  it('WHEN asked how old the chairman is THEN the age still answers', () => {
    expect(trickOf('How old is Martin Lisle?', '68', at(sentence))).toBe(undefined);
    expect(answerQuestion(kb, 'How old is Martin Lisle?').answer).toBe('68');
  });

  it('WHEN asked "Will …?" and the story says only what was done THEN it says the stories do not say', () => {
    expect(answerQuestion(kb, 'Will the club raise ticket prices?').answer).toBeNull();
  });

  it('WHEN asked "Did …?" about what was done THEN it answers yes', () => {
    expect(answerQuestion(kb, 'Did the club raise ticket prices last season?').answer).toMatch(/^Yes/u);
  });
});
