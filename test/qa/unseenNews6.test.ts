import { describeNewsProbe } from '../support/newsProbe.ts';
import { UNSEEN_STORIES_6 } from '../support/unseenNewsStories6.ts';

/**
 * The seventh probe of news stories nobody tuned for (test/support/unseenNewsStories6.ts: a
 * footballer's record transfer, a school inspection report, a bridge closed for cracks, a
 * boil-water notice, a marathon with a course record, a customs seizure of smuggled wildlife),
 * asked through the whole engine exactly as test/qa/unseenNews5.test.ts asks the sixth: one story
 * in the knowledge base at a time.
 *
 * As written (03cd4db, before lede was asked): 78 of 159 answerable right (49 refused), 46 of 66
 * tricks refused. Misses then: 47 right answers refused (42 under the threshold — most questions typed
 * as people type them, lower case, chat shorthand, a synonym of the story's word —, 2 with no paragraph
 * holding a question word, 3 by a trick check, one of them on the right span), 16 right paragraph with the
 * wrong span, 16 wrong paragraph, 2 yes/no refused, 20 tricks answered (11 left open). After the general
 * fixes (scripts/eval/newsProbes.ts): 85 of 159 right, 48 of 66 tricks refused; after the merge's
 * retrain with the substitution cues: 84 of 159 right, 48 of 66 tricks refused.
 *
 * Known gaps (`it.fails`: each passes while the gap is there and fails once the engine gets it
 * right — then drop it from this list), with what lede answered on 2026-12-02.
 */
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map([
  [
    'how much did lisvale pay for him',
    'refused: below the threshold or no span (after the retrain with the substitution cues)',
  ],
  ['who finished last', 'trick (antonym) answered “Alemu” (after the retrain with the substitution cues)'],
  ['how much did they pay for ferreira', 'refused: below the threshold or no span'],
  ['whats the fee with add ons', 'the ranker picks “linked to appearances and trophies”'],
  ['how long is his contract', 'the ranker picks “year”'],
  ['what was the old club record fee', 'refused: below the threshold or no span'],
  ['what is the sell on clause', 'the ranker picks “Vila Nova”'],
  ['who are kestrel playing on saturday', 'refused: below the threshold or no span'],
  ['where are kestrel in the league', 'refused: below the threshold or no span'],
  ['who is top of the league', 'another paragraph: “Tomás Ferreira”'],
  ['how many goals did ferreira score for vila nova', 'trick (left-open) answered “19 goals”'],
  ['how long is henrik dahls contract', 'trick (swapped-person) answered “two years”'],
  ['how many goals did ferreira score in the cup', 'trick (swapped-entity) answered “19 goals”'],
  ['how many league games did ferreira miss', 'trick (left-open) answered “23 league games”'],
  ['how much will lisvale get from the add ons', 'trick (left-open) answered “65 million”'],
  ['what rating did ashcombe park get', 'refused: below the threshold or no span'],
  ['how many pupils does the school have', 'another paragraph: “10 percent”'],
  ['who inspected the school', 'refused: below the threshold or no span'],
  ['how long did the inspection take', 'another paragraph: “48 hours”'],
  ['what was the school rated last time', 'the ranker picks “2022, the school”'],
  ['what share of pupils were absent a lot', 'the ranker picks “10 percent”'],
  ['what grade did quality of education get', 'refused: below the threshold or no span'],
  ['who is the head teacher', 'refused: below the threshold or no span'],
  ['when did the head start', 'refused: below the threshold or no span'],
  ['how quickly were the missing checks done', 'refused: below the threshold or no span'],
  ['who runs the academy', 'the ranker picks “Dr Helen Marsh”'],
  ['who will the trust hire', 'refused: below the threshold or no span'],
  ['how often will inspectors come now', 'refused: below the threshold or no span'],
  ['when is the next full inspection', 'another paragraph: “2022”'],
  ['what has the school been put in', 'refused: below the threshold or no span'],
  ['which school in the trust is rated outstanding', 'trick (never-mentioned) answered “2022, the school”'],
  ['when did marcus oyelaran leave the school', 'trick (antonym) answered “September”'],
  [
    'which trust will take over the school',
    'trick (left-open) answered “The academy is run by the Greystone Learning Trust, which ru…”',
  ],
  ['what town is the bridge in', 'refused: below the threshold or no span'],
  [
    'why was the bridge shut',
    'another paragraph: “a routine inspection by the consultancy Fordham Structures”',
  ],
  ['can pedestrians still use the bridge', 'yes/no refused'],
  [
    'when did the bridge close',
    'refused: “Friday” is the day the council spoke (timeOfSaying); no other sure paragraph',
  ],
  ['how many cars use it a day', 'refused: below the threshold or no span'],
  ['when was the bridge built', 'another paragraph: “next week”'],
  ['what caused the cracks', 'refused: below the threshold or no span'],
  ['how long could it be closed for', 'refused: below the threshold or no span'],
  ['how long is the detour', 'refused: no paragraph holds a question word (a synonym)'],
  ['what road is the diversion along', 'refused: below the threshold or no span'],
  ['which buses have been rerouted', 'refused: below the threshold or no span'],
  ['how often does the shuttle run', 'the ranker picks “the two ends”'],
  ['when does the shuttle bus start', 'refused: below the threshold or no span'],
  ['how much would a new bridge cost', 'the ranker picks “£3.2 million”'],
  ['who did the council leader write to', 'the ranker picks “Joanne Pryce”'],
  ['when was the bridge reopened', 'trick (antonym) answered “next week”'],
  ['who did the 2009 strengthening work', 'trick (left-open) answered “The bridge”'],
  ['how many homes have to boil water', 'another paragraph: “three stations”'],
  ['how many people does the reservoir serve', 'refused: below the threshold or no span'],
  ['what caused the contamination', 'refused: no paragraph holds a question word (a synonym)'],
  ['what damaged the reservoir cover', 'the ranker picks “likely cause”'],
  ['is it ok to shower', 'refused: below the threshold or no span'],
  ['how many clean samples are needed', 'refused: below the threshold or no span'],
  ['how much was vantis fined before', 'refused: below the threshold or no span'],
  ['where was the earlier incident', 'refused: below the threshold or no span'],
  ['whats the weather like', 'refused: below the threshold or no span'],
  ['can my dog drink unboiled water', 'yes/no refused'],
  ['who won the mens race', "another paragraph: “Ethiopia's Haile Kiros”"],
  ['what was the winning time', 'refused: below the threshold or no span'],
  ['where is wanjiru from', 'another paragraph: “Daniel Kiprop”'],
  ['who came second', 'refused: below the threshold or no span'],
  ['who finished third', 'the ranker picks “Alemu”'],
  ['when did wanjiru break away', 'another paragraph: “Sunday”'],
  ['what was the old record', 'another paragraph: “19-year-old runner”'],
  ['who held the previous record', 'refused: below the threshold or no span'],
  ['what was her winning time', 'refused: below the threshold or no span'],
  ['how much did kiros win by', 'the ranker picks “2:21:09”'],
  ['how many marathons had kiros run before', 'refused: a trick check fires on “23”'],
  ['how warm was it at the start', 'refused: below the threshold or no span'],
  ['how much is the record bonus', 'the ranker picks “25,000 bonus”'],
  ['what nationality is alemu', 'refused: below the threshold or no span'],
  ['how much was the course record bonus for kiros', 'trick (swapped-person) answered “25,000 bonus”'],
  ['how many runners finished', 'trick (left-open) answered “19-year-old runner”'],
  ['who broke the womens course record', "trick (left-open) answered “Kenya's Peter Wanjiru”"],
  ['who did kiros think of in the first kilometre', 'trick (swapped-number) answered “Kiros, 23”'],
  ['how much was seized', 'another paragraph: “1.4 tonnes”'],
  ['what were the scales hidden under', 'another paragraph: “2.6 tonnes of pangolin scales”'],
  ['where did the container come from', 'refused: below the threshold or no span'],
  ['where was the container going', 'refused: below the threshold or no span'],
  ['whats the street value', 'the ranker picks “Officials”'],
  ['how many people were arrested', 'refused: below the threshold or no span'],
  ['how old is the lorry driver', 'refused: below the threshold or no span'],
  ['who are police looking for', 'refused: below the threshold or no span'],
  ['whats the max prison sentence', 'refused: below the threshold or no span'],
  ['how big is the maximum fine', 'refused: below the threshold or no span'],
  [
    'what will happen to the scales',
    'another paragraph: “Officials estimated the scales came from about 5,000 pangoli…”',
  ],
  ['when was pangolin trade allowed again', 'trick (antonym) answered “2017”'],
  ['when were the scales burned', 'trick (left-open) answered “2024”'],
  ['what is the truck drivers name', 'trick (left-open) answered “35-year-old truck driver”'],
]);

describeNewsProbe('a seventh news story nobody tuned for', UNSEEN_STORIES_6, KNOWN_GAPS);
