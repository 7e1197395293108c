import { describeNewsProbe } from '../support/newsProbe.ts';
import { UNSEEN_STORIES_5 } from '../support/unseenNewsStories5.ts';

/**
 * The sixth probe of news stories nobody tuned for (test/support/unseenNewsStories5.ts: a retailer's
 * collapse into administration, a storm with power cuts, a mountain rescue, an art auction record,
 * a council's vote on a tram line, a zoo's birth of rare cubs), asked through the whole engine
 * exactly as test/qa/unseenNews4.test.ts asks the fifth: one story in the knowledge base at a time.
 *
 * As written (be99afa, before lede was asked): 99 of 150 answerable right (31 refused), 50 of 66
 * tricks refused. Misses then: 29 right answers refused (the learned confidence under the threshold,
 * most within 0.06 of it), 10 right paragraph with the wrong span, 10 wrong paragraph, 2 yes/no
 * refused, 16 tricks answered, and page furniture read as story (a bar-separated byline, "Live
 * updates | …", "Share Tweet Email", a "Courtesy" credit, "Read more:" / "Related articles" lists,
 * "Comments are closed") with lists run together into one sentence. After the general fixes
 * (scripts/eval/newsProbes.ts): 105 of 150 right, 50 of 66 tricks refused.
 *
 * Known gaps (`it.fails`: each passes while the gap is there and fails once the engine gets it
 * right — then drop it from this list), with what lede answered on 2026-12-02.
 */
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map([
  ['How many rescue teams took part in the search?', 'refused: below the threshold or no span'],
  ['What did the boss blame for the collapse?', 'refused: below the threshold or no span'],
  ['When is the public inquiry?', 'the span is cut to “2027”'],
  ['How much debt did the company have?', 'refused: below the threshold or no span'],
  ['What were sales in the year to March 2026?', 'the ranker picks “made a pre-tax loss of £27 million”'],
  ['How big was the pre-tax loss?', 'refused: below the threshold or no span'],
  ['How much did the chain try to raise from investors?', 'refused: below the threshold or no span'],
  ['Who is the largest shareholder?', 'the ranker picks “Dunmore”'],
  ['why did the fundraising talks colapse', 'refused: below the threshold or no span'],
  ['When were staff told?', 'refused: below the threshold or no span'],
  ['How many jobs are at risk at the Kelby branch?', 'trick (left-open) answered “Six stores”'],
  [
    'What did Ben Aldous blame for the collapse?',
    'trick (swapped-person) answered “Its general secretary, Ben Aldous, called the treatment of w…”',
  ],
  ['Which company runs the power network?', 'refused: below the threshold or no span'],
  ['Until when was the red warning in force?', 'refused: below the threshold or no span'],
  ['What killed the man?', 'refused: below the threshold or no span'],
  ['Until when is the amber warning in place?', 'the ranker picks “evening”'],
  ['wher are ferries suspended to', 'the ranker picks “Sunday”'],
  ['Is this the first named storm of the season?', 'refused: below the threshold or no span'],
  ['How much rain fell last month?', 'trick (left-open) answered “Up to 90 mm”'],
  ['Where are the hikers from?', 'the ranker picks “a blizzard on Ben Corrach”'],
  ['How high is Ben Corrach?', 'refused: below the threshold or no span'],
  [
    'Why did they get lost?',
    "refused: the ranker's “on Wednesday” is the day the story's source spoke (timeOfSaying)",
  ],
  ['How cold did it get?', 'refused: below the threshold or no span'],
  ['How far from the summit were they found?', 'refused: below the threshold or no span'],
  ['Did the hikers have a compass?', 'refused: below the threshold or no span'],
  ['How is the rescue team funded?', 'refused: below the threshold or no span'],
  [
    'How many volunteers did the coastguard send?',
    'trick (swapped-entity) answered “More than 40 volunteers”',
  ],
  ['Who painted the portrait?', 'the ranker picks “Harmsen”'],
  ['What is the painting called?', 'refused: below the threshold or no span'],
  ['Where was the auction held?', 'the ranker picks “London”'],
  ['Which auction house sold it?', 'refused: below the threshold or no span'],
  ['How long did the bidding last?', 'refused: below the threshold or no span'],
  ['How many bidders competed?', 'refused: below the threshold or no span'],
  ['What was the pre-sale estimate?', 'refused: below the threshold or no span'],
  ['What was found beneath the surface?', 'the ranker picks “analysis”'],
  ['How much did the painting sell for in 2019?', 'trick (swapped-year) answered “€6.8 million”'],
  ['What is the name of the buyer?', 'trick (left-open) answered “The price”'],
  ['When did Verhaegen die?', 'trick (never-mentioned) answered “2019”'],
  ['When did the family sell the farm?', 'trick (antonym) answered “1871”'],
  [
    'What did the council approve?',
    'the ranker picks “the plan by 38 votes to 19 on Tuesday night after a debate l…”',
  ],
  ['What was the result of the vote?', 'refused: below the threshold or no span'],
  ['How many trees will be cut down?', 'refused: below the threshold or no span'],
  ['Which organisation backed the scheme?', 'refused: below the threshold or no span'],
  ['how much faster than the bus is the tram', 'refused: below the threshold or no span'],
  ['How much will the airport pay?', 'trick (left-open) answered “£800 million”'],
  ['How many jobs will be lost during construction?', 'trick (antonym) answered “4,500 jobs”'],
  ['When did the transport secretary approve the line?', 'trick (impossible) answered “early 2028”'],
  ['How many people will the bus connect to jobs?', 'trick (swapped-entity) answered “90,000 people”'],
  ['Who opposed the scheme at the Chamber of Commerce?', 'trick (negation) answered “NCC”'],
  ['What kind of animals were born?', 'refused: below the threshold or no span'],
  [
    'When were the cubs born?',
    "refused: the ranker's “Thursday” is the day the keepers announced it (timeOfSaying)",
  ],
  ['Where did Kira come from?', 'the ranker picks “a brilliant first-time mother”'],
  ['When did the cubs open their eyes?', 'refused: below the threshold or no span'],
  ['Where do wild Amur leopards live?', 'refused: below the threshold or no span'],
  ['What threatens the leopards?', 'refused: below the threshold or no span'],
  ['How long is a leopard pregnancy?', 'refused: below the threshold or no span'],
  ['How long do the leopards live in zoos?', 'the ranker picks “18 years”'],
  ['How long since leopards were last born at the zoo?', 'refused: below the threshold or no span'],
  ['How many Amur leopards live in zoos?', 'trick (left-open) answered “Two”'],
  ['When did Bayan arrive from Tallinn?', 'trick (swapped-person) answered “2023”'],
]);

describeNewsProbe('a sixth news story nobody tuned for', UNSEEN_STORIES_5, KNOWN_GAPS);
