import { describeNewsProbe } from '../support/newsProbe.ts';
import { UNSEEN_STORIES_3 } from '../support/unseenNewsStories3.ts';

/**
 * The fourth probe of news stories nobody tuned for (test/support/unseenNewsStories3.ts: a rate
 * decision, a ransomware attack, an archaeology find, a club takeover, a ferry accident, a film
 * prize), asked through the whole engine exactly as test/qa/unseenNews2.test.ts asks the third: one
 * story in the knowledge base at a time.
 *
 * Known gaps (`it.fails`: each passes while the gap is there and fails once the engine gets it
 * right — then drop it from this list), with what lede answered on 2026-12-02.
 */
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map([
  ["When was Veltmark's previous worst ferry accident?", 'refused: below the threshold or no span'],
  [
    'Which minister voted against the increase?',
    'trick (swapped-role) answered “Finance Minister Agata Rusu”',
  ],
  ["What is the bank's main interest rate now?", 'refused: below the threshold or no span'],
  ['By how much did the bank raise its rate?', 'refused: below the threshold or no span'],
  ['How many members does the monetary policy committee have?', 'the ranker picks “Six of the nine members”'],
  ['What was inflation in January?', 'the ranker picks “Consumer prices”'],
  [
    "What is the bank's inflation target?",
    'the ranker picks “return to its target in the second quarter of 2027”',
  ],
  ['Who is the governor of the Estovan National Bank?', 'refused: below the threshold or no span'],
  ['What share of mortgage holders have variable-rate loans?', 'refused: below the threshold or no span'],
  ['Who voted to keep the rate unchanged?', 'trick (left-open) answered “the minutes”'],
  ['Which hospital first noticed the problem?', 'refused: below the threshold or no span'],
  ['How much ransom did the attackers demand?', 'refused: below the threshold or no span'],
  ['Which trust was hit by ransomware in January?', 'refused: below the threshold or no span'],
  ['How many specialists did the police send?', 'trick (swapped-entity) answered “12 specialists”'],
  [
    'Which group attacked the Westmoor trust?',
    'trick (left-open) answered “disrupted services for nine days”',
  ],
  ['Where was the boat found?', 'the ranker picks “in northern Europe”'],
  ['How long is the boat?', 'the ranker picks “about 1.1 metres”'],
  ['What was the boat made from?', 'the ranker picks “Researchers”'],
  ['Which university studied the boat?', 'refused: below the threshold or no span'],
  ['Who found the boat?', 'refused: below the threshold or no span'],
  ['What was the farmer doing when he hit the boat?', 'the ranker picks “Jens Aalund”'],
  ['Who will pay for most of the conservation?', 'refused: below the threshold or no span'],
  ['Until when did a lake cover the area?', 'refused: below the threshold or no span'],
  ['Where was the boat found in 1934?', 'trick (swapped-year) answered “the region”'],
  ['How long was the boat found in 1971?', 'trick (swapped-entity) answered “two boats”'],
  ['How many bronze axes were found in the hull?', 'trick (swapped-entity) answered “two clay pots”'],
  [
    'How much will the Heritage Fund pay for the display?',
    'trick (swapped-role) answered “about 2.8 million kroner”',
  ],
  ['Which basketball team does Whitfield own?', 'the ranker picks “Ohio”'],
  ['Where are Redmarsh in the Championship table?', 'the ranker picks “in the Premier League”'],
  ['What is the average attendance this season?', 'the ranker picks “holds 28,500 people”'],
  [
    'How many points are Redmarsh ahead of the automatic promotion places?',
    'trick (antonym) answered “three points”',
  ],
  ['What was the ferry called?', 'refused: below the threshold or no span'],
  ['How many people died?', 'the ranker picks “19 people”'],
  ['How many people were rescued?', 'the ranker picks “three people”'],
  ['How many crew were on board?', 'refused: below the threshold or no span'],
  ['Which port did the ferry sail from?', 'refused: below the threshold or no span'],
  ['How far from the harbour did the ferry hit the rocks?', 'refused: below the threshold or no span'],
  ['How high were the waves?', 'refused: below the threshold or no span'],
  ['When did the ship pass its last safety inspection?', 'the ranker picks “1998”'],
  ['How many people live on Skarra?', 'the ranker picks “three people”'],
  ['Which film won the Golden Heron?', 'the ranker picks “Marvell Film Festival”'],
  ['What is Salt Year about?', 'the ranker picks “about 2.4 million euros”'],
  ['Which film won the Silver Heron?', 'refused: below the threshold or no span'],
  ['Who directed The Night Clerk?', 'refused: below the threshold or no span'],
  ['Who won the prize for best director?', 'the ranker picks “Noor Haddad”'],
  ['Which film won best actor?', 'refused: below the threshold or no span'],
  ['How many of the competing films were by women?', 'the ranker picks “Twenty-one”'],
  ['When does Salt Year open in French cinemas?', 'refused: below the threshold or no span'],
  ["Which film won last year's Golden Heron?", 'refused: below the threshold or no span'],
  ['Which edition of the festival was it?', 'refused: below the threshold or no span'],
  ['Who won best actor last year?', 'trick (swapped-year) answered “Daniel Brook and Leon Marsh”'],
]);

describeNewsProbe('a fourth news story nobody tuned for', UNSEEN_STORIES_3, KNOWN_GAPS);
