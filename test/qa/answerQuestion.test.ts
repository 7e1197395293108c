import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isUserError } from '../../src/errors.ts';
import { loadStories } from '../../src/knowledge/loadStories.ts';
import { parseStory } from '../../src/knowledge/parseStory.ts';
import {
  answerQuestion,
  buildKnowledgeBase,
  defineTerm,
  MAX_QUESTION_LENGTH,
  whoSaid,
  type KnowledgeBase,
} from '../../src/qa/index.ts';
import { committedWeights } from '../../src/qa/model.ts';
import {
  chipStory,
  floodStory,
  harborStory,
  schoolStory,
  spaceStory,
  wageStory,
} from '../support/stories.ts';

const root = path.resolve(import.meta.dirname, '../..');
const BUNDLED = 'yonhap-yoon-nato-forum-collusion-of-convenience';

let bundled: KnowledgeBase;
let several: KnowledgeBase;

beforeAll(async () => {
  const { stories } = await loadStories(path.join(root, 'knowledge'));
  bundled = buildKnowledgeBase(stories);
  several = buildKnowledgeBase([...stories, harborStory(), schoolStory()]);
});

const ask = (kb: KnowledgeBase, q: string) => answerQuestion(kb, q);

describe('GIVEN the bundled story', () => {
  it.each([
    ['Who said "freedom is never given for free"?', /Yoon Suk Yeol/, [12]],
    [
      'What does IP4 mean?',
      /four Indo-Pacific partners.*South Korea, Japan, Australia and New Zealand/,
      [11],
    ],
    ['wat is ip4', /four Indo-Pacific partners/, [11]],
    ['What did Russia veto?', /UNSC resolution.*expert panel/, [7]],
    ['Who called the cooperation a "collusion of convenience"?', /Yoon/, [1, 5]],
    ['What does UNSC stand for?', /^U\.N\. Security Council$/, [6]],
    ['Where did Yoon make the remarks?', /NATO public forum in Washington/, [2]],
    ['Who is Yoon?', /Yoon Suk Yeol, South Korean President/, [1]],
    [
      'How did Yoon describe the Moscow-Pyongyang alignment?',
      /collusion of convenience driven by their own pressing needs/,
      [5],
    ],
    ['how many indo-pacific partners does nato have', /^four Indo-Pacific partners$/i, [11]],
    ['Who vetoed the UNSC resolution?', /^Russia$/, [7]],
    ['Who wants North Korea to serve as its arsenal?', /^Russia$/, [6]],
    ['Which news agency reported this?', /^Yonhap News Agency$/, [1]],
  ])('WHEN asked %s THEN the answer holds the fact and cites the paragraph', (question, fact, paragraphs) => {
    const answer = ask(bundled, question);
    expect(answer.answer).toMatch(fact);
    expect(answer.answer!.length).toBeLessThanOrEqual(250);
    expect(paragraphs).toContain(answer.citations[0]?.paragraph);
    expect(answer.citations[0]).toMatchObject({ story: BUNDLED, source: 'Yonhap News Agency' });
    // confidence is the refusal model's probability that the answer is right: at least the threshold.
    expect(answer.confidence).toBeGreaterThanOrEqual(committedWeights().threshold);
    expect(answer.confidence).toBeLessThanOrEqual(1);
  });

  it('WHEN asked When did Yoon speak? THEN the answer is Thursday', () => {
    expect(ask(bundled, 'When did Yoon speak?').answer).toMatch(/^Thursday$/);
  });

  it.each([
    'What did Kim Jong Un say?',
    'Who won the 2022 World Cup?',
    'What is the capital of Australia?',
    'Who is the governor of California?',
  ])('WHEN asked %s (not in the story) THEN it refuses and offers the closest passages', (question) => {
    const answer = ask(bundled, question);
    expect(answer.answer).toBeNull();
    expect(answer.confidence).toBe(0);
    expect(answer.citations.length).toBeGreaterThan(0);
  });

  // "English" (the language of "remarks interpreted into English") scored 0.49 against the threshold
  // 0.48: the sentence puts the verb in the passive with no "by", so it leaves the doer open.
  it('WHEN asked Who interpreted the remarks? (not in the story) THEN it refuses', () => {
    expect(ask(bundled, 'Who interpreted the remarks?').answer).toBeNull();
  });

  it('WHEN the question is empty or too long THEN a user error says so', () => {
    for (const bad of ['', '   ', 'x'.repeat(501)]) {
      let error: unknown;
      try {
        ask(bundled, bad);
      } catch (e) {
        error = e;
      }
      expect(isUserError(error)).toBe(true);
    }
  });
});

describe('GIVEN a story where he and she take turns (harbor)', () => {
  it.each([
    ['Who said the port either grows or dies?', /Elena Marsh/, [3]],
    ['who called the vote a betrayal', /Tomas Reyes/, [4]],
    ['Who said "Nobody who works here today will be left behind"?', /Elena Marsh/, [7]],
    ['who said they are buying machines with pension money', /Tomas Reyes/, [5]],
    ['How did Okoye describe the financing?', /conservative and fully covered/, [8]],
    ['What does PVA stand for?', /Port of Valmora Authority/, [1]],
    ['what does TEU mean', /twenty-foot equivalent unit/, [9]],
    ['Who is Elena Marsh?', /Elena Marsh, the authority’s chairwoman/, [2]],
    ['How many jobs will the cranes eliminate?', /300 jobs/, [4]],
    ['How much will the expansion cost?', /\$2 billion/, [1]],
    ['When did the authority vote?', /Tuesday/, [1]],
    ['When will construction begin?', /March/, [10]],
    ['Who is the finance director?', /Paul Okoye/, [8]],
  ])('WHEN asked %s THEN the answer is right and cited', (question, fact, paragraphs) => {
    const answer = ask(several, question);
    expect(answer.answer).toMatch(fact);
    expect(answer.citations[0]).toMatchObject({ story: 'harbor', source: 'Coastal Business Wire' });
    expect(paragraphs).toContain(answer.citations[0]?.paragraph);
  });

  // The chairwoman's quote scored 0.53 (threshold 0.48) for a governor the story never names.
  it('WHEN asked What did the governor say about the port? THEN it refuses', () => {
    expect(ask(several, 'What did the governor say about the port?').answer).toBeNull();
  });

  it.each(['Who is the mayor of Valmora?'])('WHEN asked %s THEN it refuses', (question) =>
    expect(ask(several, question).answer).toBeNull(),
  );
});

describe('GIVEN several stories loaded together', () => {
  it('WHEN a question is about one story THEN the answer cites that story', () => {
    expect(ask(several, 'How much will the free meals cost?')).toMatchObject({
      answer: expect.stringMatching(/\$6\.5 million/),
      citations: [expect.objectContaining({ story: 'school', paragraph: 2, source: 'Lakeside Daily' })],
    });
    expect(ask(several, 'Who said no child should learn on an empty stomach?').answer).toBe('Karen Liu');
    expect(ask(several, 'What does IP4 mean?').citations[0]?.story).toBe(BUNDLED);
  });

  // Known gap since the ranker's path features (2026-12-01): its paragraph scores a calibrated 0.32,
  // under the threshold, so the rule extractor's reason does not stand; it did before.
  it.fails('WHEN asked why a board member voted against THEN the reason is what he said next', () => {
    expect(ask(several, 'Why did Hale vote against the plan?')).toMatchObject({
      answer: expect.stringMatching(/fix leaking roofs at three schools/),
      citations: [expect.objectContaining({ story: 'school', paragraph: 4 })],
    });
  });

  it('WHEN /who-said and /define are used THEN they answer like the matching questions', () => {
    expect(whoSaid(several, 'freedom is never given for free').answer).toBe('Yoon Suk Yeol');
    expect(whoSaid(several, 'fredom is nevr given for free').answer).toBe('Yoon Suk Yeol');
    expect(defineTerm(several, 'LSD').answer).toBe('Lakeside School District');
  });

  it('WHEN /who-said is given a quote as long as a question may be (500 characters) THEN it is answered, never refused as a question over 500 characters', () => {
    const quote = 'freedom is never given for free, '.repeat(16).slice(0, MAX_QUESTION_LENGTH);
    expect(quote).toHaveLength(MAX_QUESTION_LENGTH);
    expect(whoSaid(several, quote).answer).toBe('Yoon Suk Yeol');
    expect(whoSaid(several, `“${quote.slice(0, MAX_QUESTION_LENGTH - 2)}”`).answer).toBe('Yoon Suk Yeol');
    expect(() => defineTerm(several, 'LSD '.repeat(125).trim())).not.toThrow();
    expect(() => whoSaid(several, 'x'.repeat(MAX_QUESTION_LENGTH + 1))).toThrow(/501 characters long/);
  });
});

describe('GIVEN a disaster report (floods) among other stories', () => {
  let kb: KnowledgeBase;
  beforeAll(() => {
    kb = buildKnowledgeBase([...several.stories, floodStory()]);
  });

  it.each([
    ['who called the floods a catastrophe', /Stefano Bonaccini/, [3]],
    ['What does DPC stand for?', /Civil Protection Department/, [2]],
    ['When will the government declare a state of emergency?', /Thursday/, [4]],
    ['Why have such storms become more frequent?', /warmer atmosphere holds more moisture/, [6]],
    ['Who said nobody would be left alone?', /Pichetto Fratin/, [5]],
    ['How much money will the government release?', /20 million euros/, [4]],
    ['How many rivers overflowed?', /14 rivers/, [3]],
    ['Who is Giulia Rossi?', /Giulia Rossi, climate scientist/i, [6]],
  ])('WHEN asked %s THEN the answer is right and cites the floods story', (question, fact, paragraphs) => {
    const answer = answerQuestion(kb, question);
    expect(answer.answer).toMatch(fact);
    expect(answer.citations[0]).toMatchObject({ story: 'floods', source: 'Mediterranean Press' });
    expect(paragraphs).toContain(answer.citations[0]?.paragraph);
  });

  // A known gap until the answer kept the word that makes its figure near ("about", answerRange.ts).
  it('WHEN asked How many people were forced from their homes? THEN about 20,000 people', () => {
    expect(answerQuestion(kb, 'How many people were forced from their homes?').answer).toMatch(
      /about 20,000 people/,
    );
  });

  // "Formula", the first word of "Formula One race in Imola was canceled", scored 0.51 (threshold
  // 0.48): the sentence says nobody won, and "Formula" names the race, not a winner.
  it('WHEN asked Who won the Imola race? THEN it refuses', () => {
    expect(answerQuestion(kb, 'Who won the Imola race?').answer).toBeNull();
  });

  it.each(['What is the capital of Italy?', 'Who is the prime minister of Italy?'])(
    'WHEN asked %s THEN it refuses',
    (question) => expect(answerQuestion(kb, question).answer).toBeNull(),
  );
});

describe('GIVEN a business story (job cuts at a chipmaker)', () => {
  const kb = buildKnowledgeBase([chipStory()]);

  it.each([
    ['How many jobs will Norvik cut?', /^1,800 jobs$/, [1]],
    ['What percentage of its workforce will Norvik cut?', /12 percent/, [1]],
    ['What does DRAM stand for?', /^dynamic random-access memory$/, [8]],
    ['Where is Norvik based?', /Stockholm/, [9]],
    ['When was Norvik founded?', /^1998$/, [9]],
    ['Who said nobody from management spoke to the union?', /^Peter Haas$/, [6]],
    ['How did Sofia Berg describe the results?', /^worse than the worst forecast$/, [7]],
    ['How much did shares fall?', /^9 percent$/, [5]],
    ['how much did profit drop', /^64 percent$/, [1]],
    ['When will the union demand talks?', /^Thursday$/, [6]],
    ['What did Lindgren say about capacity?', /We built capacity for a boom that did not come/, [3]],
  ])('WHEN asked %s THEN the short answer is right and cited', (question, fact, paragraphs) => {
    const answer = answerQuestion(kb, question);
    expect(answer.answer).toMatch(fact);
    expect(paragraphs).toContain(answer.citations[0]?.paragraph);
  });

  it.each(['Who founded Norvik?', 'What is Norvik’s revenue?', 'Is Norvik based in Oslo?'])(
    'WHEN asked %s (the story does not say) THEN it refuses rather than guess',
    (question) => expect(answerQuestion(kb, question).answer).toBeNull(),
  );
});

describe('GIVEN hostile or meaningless input', () => {
  it.each([
    '???',
    'who is',
    'what is',
    '北朝鮮とロシア',
    '<script>alert(1)</script>',
    'SELECT * FROM users; --',
    '(((((',
    'who said ""',
    'x '.repeat(240),
  ])('WHEN asked %j THEN it answers nothing, without crashing', async (question) => {
    const { stories } = await loadStories(path.join(root, 'knowledge'));
    const kb = buildKnowledgeBase(stories);
    const answer = answerQuestion(kb, question);
    expect(answer.answer).toBeNull();
    expect(Array.isArray(answer.citations)).toBe(true);
  });
});

describe('GIVEN an economy story (minimum wage)', () => {
  const kb = buildKnowledgeBase([wageStory()]);

  it.each([
    ['Who is Akiko Tanaka?', /^Akiko Tanaka, who runs a bakery with six employees in Osaka$/, [5]],
    ['How long have real wages fallen?', /^26 straight months$/, [6]],
    ['Who said they cannot pass the costs on to customers?', /^Akiko Tanaka$/, [5]],
    ['Who said higher wages are the key to ending deflation?', /^Fumio Kishida$/, [3]],
    ['Did unions welcome the decision?', /^Yes/, [4]],
    ['How much will the increase add to labor costs?', /1\.2 trillion yen/, [6]],
    ['When was the current system adopted?', /^2002$/, [2]],
  ])('WHEN asked %s THEN the answer is right and cited', (question, fact, paragraphs) => {
    const answer = answerQuestion(kb, question);
    expect(answer.answer).toMatch(fact);
    expect(paragraphs).toContain(answer.citations[0]?.paragraph);
  });

  it.each([
    'What is the minimum wage in Korea?',
    'Who is the finance minister?',
    'What is the name of the bakery?',
  ])('WHEN asked %s THEN it refuses', (question) => expect(answerQuestion(kb, question).answer).toBeNull());
});

describe('GIVEN a science story (a delayed moon mission)', () => {
  const kb = buildKnowledgeBase([spaceStory()]);

  it.each([
    ['Who said safety comes before schedules?', /^Marta Kowalski$/, [2]],
    ['Who said astronauts deserve nothing less?', /^Marta Kowalski$/, [3]],
    ['Why was the mission delayed?', /problems with the lander’s heat shield/, [1]],
    ['Where did the cracks appear?', /Toulouse/, [4]],
    ['How did Park describe the delay?', /^embarrassing but necessary$/, [7]],
    ['Who said the agency rushed the design?', /^Helen Park$/, [7]],
    ['Who said Paris remained committed to the program?', /^A spokesman for the French government$/, [5]],
    ['Who is Helen Park?', /^Helen Park, astronaut$/, [7]],
    ['How much will the mission cost?', /^3\.2 billion euros$/, [6]],
  ])('WHEN asked %s THEN the answer is right and cited', (question, fact, paragraphs) => {
    const answer = answerQuestion(kb, question);
    expect(answer.answer).toMatch(fact);
    expect(paragraphs).toContain(answer.citations[0]?.paragraph);
  });

  it('WHEN asked about something the story does not hold THEN it refuses', () => {
    expect(answerQuestion(kb, 'How many astronauts will fly?').answer).toBeNull();
  });
});

/**
 * Known gaps of the learned engine (issue 8): the rule engine got these right; the refusal model,
 * trained on Wikipedia questions, is not yet sure enough of them (or too sure of a wrong one).
 * `it.fails`: each passes while the gap is there and fails once the engine gets it right — then
 * move it back to the tables above.
 */
describe('known gaps of the learned engine', () => {
  const stories = buildKnowledgeBase([harborStory(), schoolStory(), floodStory()]);
  it.fails.each([
    ['how many people died', /at least three/],
    ['Where did Pichetto Fratin speak to reporters?', /Rome/],
  ])('WHEN asked %s THEN the answer is right', (question, fact) => {
    expect(answerQuestion(stories, question).answer).toMatch(fact);
  });
});

/** Gaps of issue 8 closed by rule (src/qa/ruleTricks.ts), where the refusal model was unsure or wrong. */
describe('GIVEN the harbor, school and floods stories, or the chipmaker story', () => {
  const stories = buildKnowledgeBase([harborStory(), schoolStory(), floodStory()]);

  it('WHEN asked Who is the CEO of Norvik? THEN the answer is the name beside "Chief executive" in the story about Norvik', () => {
    expect(answerQuestion(buildKnowledgeBase([chipStory()]), 'Who is the CEO of Norvik?').answer).toBe(
      'Anna Lindgren',
    );
  });

  it('WHEN asked How much did the port earn last year? THEN it refuses: the school story’s $6.5 million is not about a port', () => {
    expect(answerQuestion(stories, 'How much did the port earn last year?').answer).toBeNull();
  });
});

describe('GIVEN a story that names a stadium and a fund but not a firm', () => {
  const text = `Harbour city picks stadium for cup final

The regional football association on Tuesday chose Marrow Park Stadium in Eastport to host next year's cup final, ending a two-year contest between three cities.

The 42,000-seat ground, opened in 1998, beat bids from Linden and Oskar Bay. The association said the stadium's new roof and rail links decided the vote.

A charity fund named the Harbour Trust will give 2 million euros to youth clubs in the region before the final, the association said.

The association has also hired an outside firm to review ticket prices, but did not say which.`;
  const kb = buildKnowledgeBase([parseStory({ id: 'final', file: 'final.txt', text })]);

  it.each([
    ['What is the name of the stadium that will host the cup final?', /^Marrow Park Stadium$/],
    ['What is the name of the charity fund?', /Harbour Trust$/],
  ])('WHEN asked %s THEN it answers with the name', (question, name) => {
    expect(answerQuestion(kb, question).answer).toMatch(name);
  });

  it('WHEN asked the name of the firm the story leaves unnamed THEN it refuses', () => {
    expect(
      answerQuestion(kb, 'What is the name of the firm hired to review ticket prices?').answer,
    ).toBeNull();
  });
});
