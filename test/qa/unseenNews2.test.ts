import { describe, expect, it } from 'vitest';
import { answerQuestion, buildKnowledgeBase } from '../../src/qa/index.ts';
import { UNSEEN_STORIES_2, unseenStory2 } from '../support/unseenNewsStories2.ts';

/**
 * The second probe of news stories nobody tuned for (test/support/unseenNewsStories2.ts), asked
 * through the whole engine exactly as test/qa/unseenNews.test.ts asks the first: one story in the
 * knowledge base at a time.
 *
 * Known gaps (`it.fails`: each passes while the gap is there and fails once the engine gets it
 * right — then drop it from this list), with what lede answered on 2026-12-02.
 */
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map([
  ['How strong was the earthquake?', 'refused: below the threshold or no span'],
  ['How many people were killed?', 'the ranker picks “112 people”'],
  ['How deep was the quake?', 'the ranker picks “coming days”'],
  ['Where was the epicentre?', 'refused: below the threshold or no span'],
  ['How strong was the largest aftershock?', 'refused: below the threshold or no span'],
  ['What blocked the road to Saro?', 'the ranker picks “Lumera and Saro”'],
  ['Which country sent rescue teams?', 'the ranker picks “European Union”'],
  ['How many people died in the 1987 earthquake?', 'the ranker picks “6.1 quake killed”'],
  [
    'How will the aid be divided between the towns?',
    'trick (left-open) answered: “She did not say how the money would be d”',
  ],
  ['Who heads the National Seismology Centre?', 'trick (swapped-entity) answered: “Lumera”'],
  ['How long does the city have to switch off the cameras?', 'the ranker picks “140 facial recognition”'],
  ['What was the vote?', 'refused: below the threshold or no span'],
  ['Who wrote the majority opinion?', 'refused: below the threshold or no span'],
  ['May the police use the technology in other cities?', 'trick (left-open) answered: “12,000 euros”'],
  ['Which cities are likely to drop similar systems?', 'trick (left-open) answered: “Digital Rights League”'],
  ['How much did Visiq pay the city?', 'trick (swapped-role) answered: “8.5 million euros”'],
  ['How many cameras may the city switch on?', 'trick (antonym) answered: “140 facial recognition cameras”'],
  ['When was Jonah Weir arrested?', 'trick (swapped-event) answered: “2023”'],
  ['Who won the Castlemoor Open?', 'the ranker picks “Norway”'],
  ['What was the score of the final?', 'refused: below the threshold or no span'],
  ['Where is Ilse Marr from?', 'the ranker picks “in the final of the Castlemoor Open”'],
  ['How old is Marr?', 'refused: below the threshold or no span'],
  ["What is Marr's world ranking?", 'the ranker picks “sixth in the world rankings on Monday”'],
  ['When did Brennan win the title?', 'the ranker picks “Saturday”'],
  ['Who presented the trophy?', 'refused: below the threshold or no span'],
  ["Who won the men's final?", 'trick (impossible) answered: “Luca Ferri and Samuel Adeyemi”'],
  ['How many aces did Marr hit?', 'trick (left-open) answered: “11”'],
  ['How many match points did Brennan save?', 'trick (swapped-entity) answered: “two match points”'],
  ['How old is Brennan?', 'trick (swapped-entity) answered: “5”'],
  ['What is the name of the Crown Princess?', "trick (left-open) answered: “Norway's Crown Princess”"],
  [
    'Which Norwegian woman won a Grand Slam singles title before Marr?',
    'trick (impossible) answered: “the first Norwegian woman”',
  ],
  ['How much is Solvane paying for Mirabel?', 'the ranker picks “250 million dollars”'],
  ['How many customers will the combined company have?', 'the ranker picks “two companies”'],
  ['How much cash will Mirabel shareholders get per share?', 'refused: below the threshold or no span'],
  ['How many Solvane shares will they get for each Mirabel share?', 'the ranker picks “24 percent”'],
  ['What premium does the offer represent?', 'refused: below the threshold or no span'],
  ["How much did Mirabel's shares rise?", 'the ranker picks “6.2 billion dollars”'],
  [
    'How much will Mirabel pay Solvane if the deal falls through?',
    'trick (swapped-role) answered: “250 million dollars”',
  ],
  ['How much is Mirabel paying for Solvane?', 'trick (swapped-role) answered: “250 million dollars”'],
  ['How many seats did the Liberal Union win?', 'the ranker picks “34”'],
  ['What is the capital of Arvella?', 'refused: below the threshold or no span'],
  ['What share of the vote did the Greens get?', 'refused: below the threshold or no span'],
  ['What share did the Greens get at the last election?', 'refused: below the threshold or no span'],
  ["How many seats did the Farmers' Party win?", 'the ranker picks “15 seats”'],
  ['Who chairs the electoral commission?', 'refused: below the threshold or no span'],
  ['How many postal votes were cast?', 'refused: below the threshold or no span'],
  ['Who won the recount in Kell?', 'trick (left-open) answered: “Green and Liberal”'],
  ['How many seats did the Greens lose?', 'trick (antonym) answered: “51 seats needed”'],
  ['Who leads the Social Democrats?', "trick (left-open) answered: “Farmers' Party”"],
  ['Who was the environment minister before Halvorsen?', 'trick (left-open) answered: “Tove Halvorsen”'],
  [
    'How much less likely were the children to become short-sighted?',
    'refused: below the threshold or no span',
  ],
  ['How many children took part?', 'the ranker picks “three children”'],
  ['How old were the children?', 'the ranker picks “three years”'],
  ['How many schools were in the trial?', 'refused: below the threshold or no span'],
  ['What share of children at the other schools developed myopia?', 'the ranker picks “21 percent”'],
  ['Where was the study published?', 'refused: below the threshold or no span'],
  ['How much less screen time did the outdoor group have?', 'refused: below the threshold or no span'],
  ['How many children need glasses by the age of 12?', 'refused: below the threshold or no span'],
  ['How many children needed glasses in 1990?', 'the ranker picks “three children”'],
  ['How much did the trial cost?', 'the ranker picks “14 million dollars”'],
  ['How long were the children followed?', 'the ranker picks “6,240 children aged”'],
  [
    'Does screen time cause short-sightedness?',
    'trick (left-open) answered: “No: Children in the outdoor group also s”',
  ],
  [
    'How much did the Marrow Health Foundation earn from the trial?',
    'trick (antonym) answered: “3.2 million dollars”',
  ],
]);

describe.each(UNSEEN_STORIES_2.map((story) => [story.about, story] as const))(
  'GIVEN a second news story nobody tuned for: %s',
  (_about, story) => {
    const kb = buildKnowledgeBase([unseenStory2(story)]);
    const right = story.answerable.filter(([q]) => !KNOWN_GAPS.has(q));
    const refused = story.tricks.filter(([q]) => !KNOWN_GAPS.has(q));

    it.each(right)('WHEN asked %s THEN the short answer matches %s', (question, answer) => {
      expect(answerQuestion(kb, question).answer).toMatch(answer);
    });

    it.each(refused)('WHEN asked %s (a trick: %s) THEN it says the stories do not say', (question) => {
      expect(answerQuestion(kb, question).answer).toBeNull();
    });

    const answerGaps = story.answerable.filter(([q]) => KNOWN_GAPS.has(q));
    if (answerGaps.length > 0)
      it.fails.each(answerGaps)(
        'WHEN asked %s THEN the answer matches %s (known gap)',
        (question, answer) => {
          expect(answerQuestion(kb, question).answer).toMatch(answer);
        },
      );

    const trickGaps = story.tricks.filter(([q]) => KNOWN_GAPS.has(q));
    if (trickGaps.length > 0)
      it.fails.each(trickGaps)('WHEN asked %s (a trick: %s) THEN it refuses (known gap)', (question) => {
        expect(answerQuestion(kb, question).answer).toBeNull();
      });
  },
);

describe('GIVEN the second list of known gaps', () => {
  it('WHEN read against the stories THEN every gap is a question one of them asks', () => {
    const asked = new Set(UNSEEN_STORIES_2.flatMap((s) => [...s.answerable, ...s.tricks].map(([q]) => q)));
    expect([...KNOWN_GAPS.keys()].filter((q) => !asked.has(q))).toEqual([]);
  });
});
