import { describeNewsProbe } from '../support/newsProbe.ts';
import { UNSEEN_STORIES_2 } from '../support/unseenNewsStories2.ts';

/**
 * The second probe of news stories nobody tuned for (test/support/unseenNewsStories2.ts), asked
 * through the whole engine exactly as test/qa/unseenNews.test.ts asks the first: one story in the
 * knowledge base at a time.
 *
 * Known gaps (`it.fails`: each passes while the gap is there and fails once the engine gets it
 * right — then drop it from this list), with what lede answered on 2026-12-02.
 */
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map([
  ['Where will Marr be ranked on Monday?', 'refused: below the threshold or no span'],
  ['Which cities are likely to drop similar systems?', 'trick (left-open) answered “Lawyers”'],
  ['How strong was the earthquake?', 'refused: below the threshold or no span'],
  ['How many people were killed?', 'the ranker picks “112 people”'],
  ['How deep was the quake?', 'the ranker picks “coming days”'],
  ['Where was the epicentre?', 'refused: below the threshold or no span'],
  ['How strong was the largest aftershock?', 'refused: below the threshold or no span'],
  ['What blocked the road to Saro?', 'the ranker picks “Lumera and Saro”'],
  ['Which country sent rescue teams?', 'the ranker picks “European Union”'],
  ['How many people died in the 1987 earthquake?', 'the ranker picks “6.1 quake killed”'],
  ['How long does the city have to switch off the cameras?', 'the ranker picks “140 facial recognition”'],
  ['What was the vote?', 'refused: below the threshold or no span'],
  ['Who wrote the majority opinion?', 'refused: below the threshold or no span'],
  [
    'How much did Visiq pay the city?',
    'trick answered “8.5 million euros”: a swapped role with another verb (the city spent, Visiq supplied)',
  ],
  [
    'When was Jonah Weir arrested?',
    'trick answered “2023”: a verb the sentence lacks (stopped, not arrested)',
  ],
  ['What was the score of the final?', 'refused: below the threshold or no span'],
  ['Where is Ilse Marr from?', 'the ranker picks “in the final of the Castlemoor Open”'],
  ["What is Marr's world ranking?", 'the ranker picks “sixth in the world rankings on Monday”'],
  ['When did Brennan win the title?', 'the ranker picks “Saturday”'],
  ['Who presented the trophy?', 'refused: below the threshold or no span'],
  [
    'How many aces did Marr hit?',
    'trick answered “11”: a swapped doer behind a pronoun ("She hit 11 aces" is Brennan)',
  ],
  [
    'How many match points did Brennan save?',
    'trick answered “two match points”: a swapped doer named only as a possessive ("Brennan\'s serve")',
  ],
  [
    'How much is Solvane paying for Mirabel?',
    'refused: the best paragraph is the break fee’s (a condition: conditional-for-fact), the price’s is not chosen',
  ],
  ['How many customers will the combined company have?', 'the ranker picks “two companies”'],
  ['How much cash will Mirabel shareholders get per share?', 'refused: below the threshold or no span'],
  ['How many Solvane shares will they get for each Mirabel share?', 'the ranker picks “3 percent”'],
  ['What premium does the offer represent?', 'refused: below the threshold or no span'],
  ["How much did Mirabel's shares rise?", 'the ranker picks “6.2 billion dollars”'],
  ['How many seats did the Liberal Union win?', 'the ranker picks “34”'],
  ['What is the capital of Arvella?', 'refused: below the threshold or no span'],
  ['What share of the vote did the Greens get?', 'refused: below the threshold or no span'],
  ['What share did the Greens get at the last election?', 'refused: below the threshold or no span'],
  ["How many seats did the Farmers' Party win?", 'the ranker picks “15 seats”'],
  ['Who chairs the electoral commission?', 'refused: below the threshold or no span'],
  ['How many postal votes were cast?', 'refused: below the threshold or no span'],
  [
    'Who won the recount in Kell?',
    'trick answered “Green and Liberal”: a result still open (results expected Friday, in the next sentence)',
  ],
  [
    'How many seats did the Greens lose?',
    "trick answered “51 seats needed”: an antonym the answer's sentence lacks (51 seats needed)",
  ],
  [
    'How much less likely were the children to become short-sighted?',
    'refused: below the threshold or no span',
  ],
  ['How many children took part?', 'the ranker picks “one in three children”'],
  ['How old were the children?', 'the ranker picks “three years”'],
  ['How many schools were in the trial?', 'refused: below the threshold or no span'],
  ['What share of children at the other schools developed myopia?', 'the ranker picks “21 percent”'],
  ['Where was the study published?', 'refused: below the threshold or no span'],
  ['How many children need glasses by the age of 12?', 'refused: below the threshold or no span'],
  ['How many children needed glasses in 1990?', 'the ranker picks “one in three children”'],
  ['How much did the trial cost?', 'the ranker picks “14 million dollars”'],
  ['How long were the children followed?', 'the ranker picks “6,240 children aged”'],
]);

describeNewsProbe('a second news story nobody tuned for', UNSEEN_STORIES_2, KNOWN_GAPS);
