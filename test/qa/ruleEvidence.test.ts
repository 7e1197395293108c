import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadStories } from '../../src/knowledge/loadStories.ts';
import { parseStory } from '../../src/knowledge/parseStory.ts';
import { buildKnowledgeBase, type KnowledgeBase } from '../../src/qa/index.ts';
import { answerByRules } from '../../src/qa/rules.ts';
import { mannerAfter } from '../../src/qa/ruleExtract.ts';

/** A ferry operator's news, for the rule engine's yes/no, reason and manner answers. */
const FERRY_STORY = `Travel

Ferry operator adds night crossings and electric boats


Tarvik Lines said on Monday that it would add night crossings between Dunmore and Ellis Point from April, after a year in which passenger numbers doubled.

Quint criticised "certain rival operators" that undercut fares. She did not specify who those operators are.

Twelve of the 40 crew members had left the company in the past year, most of them for better pay.

Seasickness is a common complaint on long crossings. It is not contagious; passengers avoid it by sitting near the middle of the ship, where the motion is smallest.

Norovirus is a stomach bug that breaks out on crowded boats. It spreads from passenger to passenger through shared railings, the company said.

The board also approved buying two electric ferries to replace its oldest boats.

Ansel Brook, head of the harbour club Dunmore Rowers, described the vote as "a gift to tourists." He said locals would pay higher fares to fund the plan.

Source: Coastal Travel Wire`;

let ferry: KnowledgeBase;
let bundled: KnowledgeBase;

beforeAll(async () => {
  ferry = buildKnowledgeBase([parseStory({ id: 'ferry', file: 'ferry.txt', text: FERRY_STORY })]);
  const root = path.resolve(import.meta.dirname, '../..');
  bundled = buildKnowledgeBase((await loadStories(path.join(root, 'knowledge'))).stories);
});

describe('GIVEN a story that says a thing was not specified', () => {
  it('WHEN asked whether she said who they are THEN no, citing the sentence that leaves it open', () => {
    const answer = answerByRules(ferry, 'Did Quint say who the rival operators are?');
    expect(answer.answer).toBe('No: She did not specify who those operators are.');
    expect(answer.citations[0]?.paragraph).toBe(2);
  });

  it('WHEN asked whether she criticised them THEN yes (the open sentence bears on another question)', () => {
    expect(answerByRules(ferry, 'Did Quint criticise rival operators?').answer).toMatch(
      /^Yes: Quint criticised/u,
    );
  });
});

describe('GIVEN a yes/no question a sentence and the next one answer together', () => {
  it('WHEN the next sentence goes on about its subject and holds the verb THEN yes, both sentences quoted', () => {
    const answer = answerByRules(bundled, 'Was Yoon in Washington to attend a NATO summit?');
    expect(answer.answer).toMatch(
      /^Yes: .*in Washington.* He was in the U\.S\. capital to attend a NATO summit\.$/u,
    );
    expect(answer.citations[0]?.paragraph).toBe(2);
  });

  it('WHEN the next sentence does not hold the verb THEN it refuses ("described the vote" is no vote)', () => {
    expect(answerByRules(ferry, 'Did Dunmore Rowers vote for the plan?').answer).toBeNull();
  });
});

describe('GIVEN a yes/no question whose answering sentence opens with "It" and paraphrases its verb', () => {
  it('WHEN asked whether the bug is passed from passenger to passenger THEN yes, read with the sentence before that names it', () => {
    const answer = answerByRules(ferry, 'Is Norovirus passed from passenger to passenger?');
    expect(answer.answer).toMatch(
      /^Yes: Norovirus is a stomach bug .* It spreads from passenger to passenger/u,
    );
  });

  it('WHEN asked the same of the complaint whose sentence denies it THEN no', () => {
    const answer = answerByRules(ferry, 'Is seasickness contagious?');
    expect(answer.answer).toMatch(/^No: /u);
  });
});

describe('GIVEN a how-question whose manner is a "by …ing" clause in a sentence below the best', () => {
  it('WHEN asked how passengers avoid seasickness THEN the clause after the verb, not the sentence that defines it', () => {
    expect(answerByRules(ferry, 'How do passengers avoid seasickness?').answer).toBe(
      'by sitting near the middle of the ship, where the motion is smallest',
    );
  });

  it('WHEN another name stands between the verb and "by" THEN that clause is no manner of what was asked', () => {
    expect(
      mannerAfter(
        'The board removed Dale by holding a vote.',
        'remov',
        'How did the board remove the chair?',
      ),
    ).toBeUndefined();
    expect(
      mannerAfter(
        'The board removed the chair by holding a vote.',
        'remov',
        'How did the board remove the chair?',
      ),
    ).toBe('by holding a vote');
  });
});

describe('GIVEN a vote reported by its tally', () => {
  const story = (tally: string) =>
    buildKnowledgeBase([
      parseStory({
        id: 'pool',
        file: 'pool.txt',
        text: `Local\n\nTown board backs new pool\n\n\nThe Hollis town board voted ${tally} on Monday to build a public swimming pool next to the library.\n\nConstruction starts in spring.\n\nSource: Hollis Weekly`,
      }),
    ]);

  it('WHEN asked whether the vote was unanimous over "voted 5-2" THEN no', () => {
    expect(answerByRules(story('5-2'), 'Was the vote unanimous?').answer).toMatch(
      /^No: The Hollis town board voted 5-2/u,
    );
  });

  it('WHEN asked the same over "voted 7-0" THEN yes', () => {
    expect(answerByRules(story('7-0'), 'Was the vote unanimous?').answer).toMatch(/^Yes: /u);
  });
});

describe('GIVEN a why-question whose reason is a "for better …" phrase', () => {
  it('WHEN asked why the crew left THEN the reason, not the time', () => {
    expect(answerByRules(ferry, 'Why have crew members left the company?').answer).toBe('for better pay');
  });
});

describe('GIVEN a "what else did X do" question', () => {
  it('WHEN asked what else the board approved THEN what it approved', () => {
    expect(answerByRules(ferry, 'What else did the board approve?').answer).toBe(
      'buying two electric ferries to replace its oldest boats',
    );
  });
});
