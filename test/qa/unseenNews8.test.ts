import { describeNewsProbe } from '../support/newsProbe.ts';
import { UNSEEN_STORIES_8 } from '../support/unseenNewsStories8.ts';

/**
 * The ninth probe of news stories nobody tuned for (test/support/unseenNewsStories8.ts: an oil
 * tanker spill, a national census, a chess world championship, a carmaker's quarterly results, a
 * volcanic eruption closing airspace), asked through the whole engine exactly as
 * test/qa/unseenNews7.test.ts asks the eighth: one story in the knowledge base at a time.
 *
 * As written (before lede was asked): 46 of 86 answerable right (31 refused), 33 of 45 tricks
 * refused; after ruleAge's "NAME, who is 18,": 47 of 86. Misses then: 31 right answers refused, 6 wrong paragraph, 3 right paragraph with the
 * wrong span, 12 tricks answered (4 swapped entities, 2 swapped years, 2 left open, 2 antonyms, 1
 * swapped person, 1 impossible).
 *
 * Known gaps (`it.fails`: each passes while the gap is there and fails once the engine gets it
 * right — then drop it from this list), with what lede answered on 2026-12-03.
 */
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map([
  ['what is the tankers name', 'refused: below the threshold or no span'],
  ['where was the oil going', 'refused: below the threshold or no span'],
  ['what did the ship hit', 'refused: below the threshold or no span'],
  ['what was the weather like when it ran aground', 'refused: below the threshold or no span'],
  ['how many clean-up ships are coming', 'refused: below the threshold or no span'],
  ['how much coastline has been hit by oil', 'refused: below the threshold or no span'],
  ['what animals live in the nature reserve', 'refused: below the threshold or no span'],
  ['how many birds covered in oil have been found', 'refused: below the threshold or no span'],
  ['how far does the fishing ban extend', 'refused: below the threshold or no span'],
  ['who runs the msa', 'another paragraph: “Maritime Safety Agency”'],
  ['how many oiled seals have been found', 'trick (swapped-entity) answered “more than 600 oiled seabirds”'],
  ['who is the captain of the ship', 'trick (left-open) answered “Baltrum”'],
  ['what is the population of dorvania now', 'another paragraph: “23 percent”'],
  ['what was the population in 2017', 'the ranker picks “2.4 percent”'],
  ['why did the population fall', 'another paragraph: “since records began in 1950”'],
  ['how many people live in velgrad', 'refused: below the threshold or no span'],
  ['what is the median age now', 'the ranker picks “42.6, and people”'],
  ['what share of people are 65 or older', 'refused: below the threshold or no span'],
  ['how many babies were born last year', 'refused: below the threshold or no span'],
  ['what was the median age in 1950', 'trick (swapped-year) answered “42.6, and people”'],
  ['who is the president of dorvania', 'trick (swapped-entity) answered “Dr Anton Lisek”'],
  ['how big are the tax breaks for returning emigrants', 'trick (left-open) answered “five years”'],
  ['who won the world chess title', 'refused: below the threshold or no span'],
  ['where was the match played', 'refused: below the threshold or no span'],
  ['what was the score after the classical games', 'refused: below the threshold or no span'],
  ['which colour did mehra play in the last game', 'refused: below the threshold or no span'],
  ['when did halloran become champion', 'another paragraph: “Sunday”'],
  ['who taught mehra to play chess', 'another paragraph: “Arun Mehra”'],
  ['who coaches mehra', 'refused: below the threshold or no span'],
  ['how old was halloran when he became a grandmaster', 'trick (swapped-person) answered “13”'],
  [
    'how many people watched the tie-break on television',
    'trick (swapped-entity) answered “Nearly 4 million people”',
  ],
  ['when did mehra lose the title', 'trick (impossible) answered “Sunday”'],
  ['how much revenue did kestrel make', 'refused: below the threshold or no span'],
  ['which model sold well', 'refused: below the threshold or no span'],
  ['what was the margin a year ago', 'refused: below the threshold or no span'],
  ['how many electric cars did kestrel deliver', 'refused: below the threshold or no span'],
  ['who is the ceo of kestrel', 'refused: below the threshold or no span'],
  ['what was the old profit forecast', 'refused: below the threshold or no span'],
  ['who is the cfo', 'refused: below the threshold or no span'],
  ['how much did kestrels revenue fall', 'trick (antonym) answered “31 percent”'],
  ['which volcano erupted', 'refused: below the threshold or no span'],
  ['when did it last erupt', 'refused: below the threshold or no span'],
  ['how many passengers are stuck', 'refused: below the threshold or no span'],
  ['how many people were evacuated', 'refused: below the threshold or no span'],
  ['where were the evacuees taken', 'refused: below the threshold or no span'],
  ['which way is the ash cloud moving', 'refused: below the threshold or no span'],
  ['what colour was the alert raised to', 'refused: below the threshold or no span'],
  ['whats the name of the main airport', 'the ranker picks “Bjorn Haldorsen”'],
  ['when was the alert level lowered to orange', 'trick (antonym) answered “Wednesday”'],
  ['how many residents of hofn were evacuated', 'trick (swapped-entity) answered “Some 1,800 residents”'],
  ['how high did the ash go in 1971', 'trick (swapped-year) answered “11 kilometres”'],
]);

describeNewsProbe('a ninth news story nobody tuned for', UNSEEN_STORIES_8, KNOWN_GAPS);
