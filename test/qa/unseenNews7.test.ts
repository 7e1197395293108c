import { describeNewsProbe } from '../support/newsProbe.ts';
import { UNSEEN_STORIES_7 } from '../support/unseenNewsStories7.ts';

/**
 * The eighth probe of news stories nobody tuned for (test/support/unseenNewsStories7.ts: an
 * airliner's emergency landing, a planet found with water vapour, a sports court upholding a doping
 * ban, olive oil prices after a drought, an unclaimed lottery jackpot), asked through the whole
 * engine exactly as test/qa/unseenNews6.test.ts asks the seventh: one story in the knowledge base at
 * a time.
 *
 * As written (704444e, before lede was asked): 40 of 90 answerable right (33 refused), 45 of 60
 * tricks refused. Misses then: 33 right answers refused, 13 wrong paragraph, 4 right paragraph with
 * the wrong span, 15 tricks answered (6 left open, 5 swapped entities); and page furniture read as story (a breadcrumb
 * taken for the title, "Click to share: f t in Email", a bracketed photo credit, "Most popular" with
 * unnumbered-dot headlines, a tags and copyright footer), a "•" list under its lead-in run into one
 * sentence, a Markdown table kept as bars. After the general fixes (scripts/eval/newsProbes.ts:
 * furniture, a list's lead-in, tables of bars, an age as an epithet, the figure of the time asked, three
 * trick checks): 42 of 90 right (33 refused), 49 of 60 tricks refused.
 *
 * Known gaps (`it.fails`: each passes while the gap is there and fails once the engine gets it
 * right — then drop it from this list), with what lede answered on 2026-12-03.
 */
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map([
  ['how many passengers were on the plane', 'refused: below the threshold or no span'],
  ['where did the plane land', 'refused: below the threshold or no span'],
  ['where was the flight going', 'another paragraph: “Kerrow”'],
  ['whats the flight number', 'refused: below the threshold or no span'],
  ['what kind of plane was it', 'refused: below the threshold or no span'],
  ['which engine caught fire', 'another paragraph: “Tallinder”'],
  ['how did the passengers get off', 'refused: below the threshold or no span'],
  ['who was the pilot', 'refused: below the threshold or no span'],
  ['who made the engine', 'refused: below the threshold or no span'],
  ['how much compensation will the crew get', 'trick (swapped-entity) answered “250 euros”'],
  ['what is the planet called', 'refused: below the threshold or no span'],
  [
    'what did they find in its atmosphere',
    'another paragraph: “"It tells us small planets can keep an atmosphere even close…”',
  ],
  ['how far away is the planet', 'another paragraph: “two other known”'],
  ['what kind of star does it orbit', 'another paragraph: “its star every 11 days”'],
  ['how long is a year on tervel-3c', 'refused: below the threshold or no span'],
  ['what is the mass of tervel-3c', 'refused: below the threshold or no span'],
  ['how many times did they watch it cross the star', 'refused: below the threshold or no span'],
  ['which astronomer is not convinced', 'refused: below the threshold or no span'],
  ['where does lindgren work', 'refused: below the threshold or no span'],
  ['how many extra hours did they get on the telescope', 'refused: below the threshold or no span'],
  ['what will they look for next', 'refused: below the threshold or no span'],
  ['when was tervel-3c discovered', 'trick (left-open) answered “2024”'],
  ['when will the team look for water vapour', 'trick (swapped-entity) answered “Wednesday”'],
  ['how long is his ban', 'another paragraph: “since 2025”'],
  ['which court heard the appeal', 'refused: below the threshold or no span'],
  ['when did he fail the test', 'refused: below the threshold or no span'],
  ['when does the ban end', 'another paragraph: “October”'],
  ['where did varga finish in the tour of helvania', 'the ranker picks “at his home in Brescova”'],
  [
    'what did varga say happened to his sample',
    "another paragraph: “Its director, Camille Roux, said Varga's sample had been tes…”",
  ],
  ['where is the lab', 'refused: below the threshold or no span'],
  ['how many people were on the panel', 'refused: below the threshold or no span'],
  ['what team did he ride for', 'refused: below the threshold or no span'],
  ['who heads the anti doping agency', 'refused: below the threshold or no span'],
  ['how many times was the sample tested', 'refused: below the threshold or no span'],
  ['how long was the ban reduced to', 'trick (impossible) answered “since 2025”'],
  ['which civil court will varga go to', 'trick (left-open) answered “every option”'],
  ['who won the tour of helvania in 2026', 'trick (left-open) answered “Matteo Varga”'],
  ['who are the other riders banned for epo', 'trick (left-open) answered “Matteo Varga”'],
  [
    'what did varga test positive for in competition',
    'trick (swapped-entity) answered “positive for EPO in an out-of-competition test at his home i…”',
  ],
  ['how much have wholesale prices gone up', 'another paragraph: “9,800 euros”'],
  ['which country produces the most olive oil', 'another paragraph: “Supermarkets”'],
  ['what cut the harvest', "the ranker picks “Calvera, the world's largest producer”"],
  ['how much will calvera produce this season', 'another paragraph: “half”'],
  ['how far below normal was rainfall', 'refused: below the threshold or no span'],
  ['how much did a bottle cost in 2026', 'refused: below the threshold or no span'],
  ['how much have exports fallen', 'refused: below the threshold or no span'],
  ['what is the farmers union called', 'refused: below the threshold or no span'],
  ['why are shops putting tags on bottles', 'refused: below the threshold or no span'],
  ['when did the drought end', 'trick (impossible) answered “this week”'],
  ['how much is the unclaimed prize', 'another paragraph: “£33 million”'],
  ['which shop sold the ticket', 'refused: below the threshold or no span'],
  ['what road is the shop on', 'refused: below the threshold or no span'],
  ['which draw was it', 'another paragraph: “a prize”'],
  ['how long do winners have to claim', 'refused: below the threshold or no span'],
  ['which company runs the lottery', 'refused: below the threshold or no span'],
  ['what is the biggest unclaimed prize ever', 'refused: below the threshold or no span'],
  ['whats the number for the claims line', 'refused: below the threshold or no span'],
  ['who won the \u00a314.2 million', 'trick (left-open) answered “Fortuna Games”'],
  ['how much does a ticket cost', 'trick (never-mentioned) answered “£33 million”'],
]);

describeNewsProbe('an eighth news story nobody tuned for', UNSEEN_STORIES_7, KNOWN_GAPS);
