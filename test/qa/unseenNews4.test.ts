import { describeNewsProbe } from '../support/newsProbe.ts';
import { UNSEEN_STORIES_4 } from '../support/unseenNewsStories4.ts';

/**
 * The fifth probe of news stories nobody tuned for (test/support/unseenNewsStories4.ts: a fraud
 * sentencing, a product recall, a dock strike settlement, a drug approval, a university research
 * result, an obituary), asked through the whole engine exactly as test/qa/unseenNews3.test.ts asks
 * the fourth: one story in the knowledge base at a time.
 *
 * Known gaps (`it.fails`: each passes while the gap is there and fails once the engine gets it
 * right — then drop it from this list), with what lede answered on 2026-12-02.
 */
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map([
  ['How much did the Glide 1 recall cost?', 'trick (left-open) answered “30,000 Glide”'],
  ['Who was jailed?', 'the ranker picks “CARROWBY”'],
  ['How long was Pryce jailed for?', 'refused: below the threshold or no span'],
  ['How much money did Pryce steal?', 'refused: below the threshold or no span'],
  ['Where is Pryce from?', 'the ranker picks “a villa near Faro”'],
  ['Which court sentenced him?', 'the ranker picks “Judge Anita Varma”'],
  ['Who sentenced Pryce?', 'the ranker picks “Grace Odum”'],
  ['When did Pryce start running the charity?', 'refused: below the threshold or no span'],
  ['Who uncovered the fraud?', 'refused: below the threshold or no span'],
  ['What made the finance director suspicious?', 'refused: below the threshold or no span'],
  ['How much of the sentence will he serve in prison?', 'refused: below the threshold or no span'],
  ['Who prosecuted the case?', 'refused: below the threshold or no span'],
  ['how much did pryce spend on a racehorse', 'the ranker picks “about £640,000”'],
  ['Who bought the villa?', 'trick (left-open) answered “Police”'],
  ['How many scooters are being recalled?', 'the ranker picks “30,000”'],
  ['Which model is being recalled?', 'refused: below the threshold or no span'],
  ['Why are the scooters being recalled?', 'the ranker picks “because of a faulty brake cable”'],
  ['How much did the scooter cost?', 'the ranker picks “about $85 million”'],
  ['Where is the serial number printed?', 'refused: below the threshold or no span'],
  ['What part of the batteries was faulty?', 'refused: below the threshold or no span'],
  ['Which regulator anounced the recall?', 'refused: below the threshold or no span'],
  ['Which supplier made the faulty separator?', 'trick (left-open) answered “Ashford Bay, California”'],
  ['How much store credit do owners who keep the scooter get?', 'trick (mutual-exclusion) answered “$150”'],
  ['Who voted to accept the new contract?', 'the ranker picks “Port of Brackwater”'],
  ['How long did the strike last?', 'refused: below the threshold or no span'],
  ['How much did the strike cost the regional economy each day?', 'refused: below the threshold or no span'],
  ['What share of union members backed the deal?', 'refused: below the threshold or no span'],
  ['What is the new terminal called?', 'refused: below the threshold or no span'],
  ['What did supermarkets run short of?', 'refused: below the threshold or no span'],
  [
    "How much of the country's container trade does Brackwater handle?",
    'refused: below the threshold or no span',
  ],
  ['What share of members voted agianst the deal?', 'refused: below the threshold or no span'],
  ['Which drug was approved?', 'the ranker picks “the Swiss company Morlan Pharma”'],
  ['Who approved the drug?', 'refused: below the threshold or no span'],
  ['What disease does the drug treat?', 'refused: below the threshold or no span'],
  ['How common is Hartwell disease?', 'refused: below the threshold or no span'],
  ['Which company makes Cardivex?', 'refused: below the threshold or no span'],
  ['Where is Morlan Pharma from?', 'the ranker picks “Zurich”'],
  ['How often did patients get infusions until now?', 'the ranker picks “two weeks”'],
  ['In how many countries was the trial run?', 'refused: below the threshold or no span'],
  ['How long were the patients followed?', 'the ranker picks “two weeks”'],
  ['How often is Cardivex taken?', 'the ranker picks “38 percent”'],
  ['Where does Caldwell work?', 'refused: below the threshold or no span'],
  ['Which charity is Morlan working with?', 'refused: below the threshold or no span'],
  [
    'What does Hartwel disease do?',
    'the ranker picks “\\"For families living with Hartwell disease, a pill at home instead…”',
  ],
  ['Which company makes the infusions?', 'trick (left-open) answered “Morlan Pharma”'],
  ['Which university did the research?', 'refused: below the threshold or no span'],
  ['How far away is the planet?', 'refused: below the threshold or no span'],
  ['What is the planet called?', 'refused: below the threshold or no span'],
  ['How big is the planet compared with Earth?', 'the ranker picks “19 days”'],
  ['How long does the planet take to orbit its star?', 'the ranker picks “41 light-years”'],
  ['What kind of star does the planet orbit?', 'the ranker picks “small star 41 light-years”'],
  ['Which telescope was used?', 'refused: below the threshold or no span'],
  ['How did Renner describe the signal?', 'refused: below the threshold or no span'],
  ['Who led the survey in Chile?', 'trick (left-open) answered “Kepra-7c”'],
  ['Who died?', 'the ranker picks “Institution of Structural Engineers”'],
  ['When did she die?', 'refused: below the threshold or no span'],
  ['What did her father do?', 'refused: below the threshold or no span'],
  [
    'When did her daughter Helen die?',
    'trick (swapped-person) answered “2015” (since "died" meets "die": the husband who died, not Helen)',
  ],
  [
    'How long was the main span of the bridge that opened in 1995?',
    'trick (swapped-year) answered “620 metres”',
  ],
  ['Where did Calloway study architecture?', 'trick (swapped-entity) answered “Harlow College”'],
  ['How many grandchildren does Helen have?', 'trick (left-open) answered “five grandchildren”'],
]);

describeNewsProbe('a fifth news story nobody tuned for', UNSEEN_STORIES_4, KNOWN_GAPS);
