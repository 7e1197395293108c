/**
 * Trick checks for a question that swaps what the sentence says for its mirror image: the two
 * parties of a verb trade places ("Mirabel pay Solvane" over "Solvane will pay Mirabel"), a verb's
 * particle turns it into its opposite ("switch on" over "switch off"), the hurt are asked where the
 * sentence counts the dead, or the answer is of a kind the question cannot want (an organisation
 * for a place, a team's score for an age). From the second probe of news stories nobody tuned for
 * (test/qa/unseenNews2.test.ts, 2026-12-02). Each is replayed over the 4,557 SQuAD gold answers
 * in their sentences (scripts/eval/trickReplay.ts); the counts stand beside each.
 */
import { ROLE_WORDS } from '../knowledge/lexicon.ts';
import { tagText } from '../knowledge/tagger.ts';
import { normalizeTerm, termsOf, tokenize } from '../search/terms.ts';
import { AUXILIARY } from './refusalRoles.ts';

/** A name of one to three capitalised words ("Mirabel", "Digital Rights League"). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}`;
/** "will Mirabel pay Solvane", "is Mirabel paying for Solvane", "did Acme sell to Borg". */
const TWO_PARTIES = new RegExp(
  String.raw`\b(?:did|does|do|will|would|could|can|is|are|was|were|has|have|had)\s+(${NAME})\s+(\p{Ll}+)\s+(?:(?:to|for|from|with)\s+)?(?:the\s+)?(${NAME})(?![\p{L}'’])`,
  'u',
);
/** Words that may stand between a doer and its verb ("Solvane will pay"). */
const BEFORE_VERB: ReadonlySet<string> = new Set([...AUXILIARY, 'also', 'then', 'later', 'again', 'not']);
const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** How far after the verb the other party may stand ("pay Mirabel a break fee"). */
const OBJECT_REACH = 4;

/**
 * "How much will Mirabel pay Solvane?" over "Solvane will pay Mirabel a break fee": the question's
 * two named parties trade places around the same verb — the sentence's doer is the question's
 * object and its object the question's doer. SQuAD 2.0's swapped roles. A passive keeps the
 * parties in place ("Luther was excommunicated by Pope Leo X" for "did Pope Leo X excommunicate
 * Luther": it fired on that 1 of the 4,557 SQuAD gold answers; now on 0).
 */
export function partiesSwapped(question: string, sentence: string): boolean {
  const match = TWO_PARTIES.exec(question.replace(/["“][^"”]*["”]/gu, ' '));
  if (!match) return false;
  const doer = termsOf(match[1]!);
  const object = termsOf(match[3]!);
  const verb = normalizeTerm(match[2]!);
  if (verb === null || doer.length === 0 || object.length === 0 || doer.some((t) => object.includes(t)))
    return false;
  const tokens = tokenize(sentence);
  const terms = tokens.map((t) => normalizeTerm(t));
  return terms.some((term, i) => {
    if (term !== verb) return false;
    let k = i - 1;
    while (k > 0 && BEFORE_VERB.has(tokens[k]!.toLowerCase())) k--;
    const before = terms[k];
    const after = tokens.slice(i + 1, i + 1 + OBJECT_REACH);
    // "Luther was excommunicated by Pope Leo X": a passive keeps the parties where they were.
    const between = tokens.slice(k + 1, i).map((t) => t.toLowerCase());
    if (between.some((t) => BE.has(t)) || after.some((t) => t.toLowerCase() === 'by')) return false;
    const afterTerms = after.map((t) => normalizeTerm(t));
    return before != null && object.includes(before) && doer.some((t) => afterTerms.includes(t));
  });
}

/** Particles whose swap turns a verb into its opposite. */
const PARTICLE_OPPOSITE: ReadonlyMap<string, string> = new Map([
  ['on', 'off'],
  ['off', 'on'],
  ['up', 'down'],
  ['down', 'up'],
]);

/**
 * "How many cameras may the city switch on?" over "ordering the city to switch off its cameras":
 * the question's verb with one particle, the sentence's with the opposite one and never the
 * question's. Fires on 0 of the 4,557 SQuAD gold answers.
 */
export function particleSwapped(question: string, sentence: string): boolean {
  const pairs = (words: readonly string[]) =>
    words.flatMap((w, i) => {
      const verb = i > 0 ? normalizeTerm(words[i - 1]!) : null;
      return PARTICLE_OPPOSITE.has(w) && verb !== null ? [`${verb} ${w}`] : [];
    });
  // The question's pairs first: most questions have none, and the sentence need not be read.
  const askedPairs = pairs(tokenize(question).map((w) => w.toLowerCase()));
  if (askedPairs.length === 0) return false;
  const saidPairs = new Set(pairs(tokenize(sentence).map((w) => w.toLowerCase())));
  return askedPairs.some((pair) => {
    const [verb, particle] = pair.split(' ') as [string, string];
    return !saidPairs.has(pair) && saidPairs.has(`${verb} ${PARTICLE_OPPOSITE.get(particle)!}`);
  });
}

/** A question that counts the hurt. */
const INJURED_ASKED = /^\s*how many\b.*\b(?:injured|hurt|wounded|injuries)\b/iu;
/** A sentence that counts the dead (without it, "three ACL tears" is a count of injuries). */
const DEATH_SAID = /\b(?:kill(?:s|ed|ing)?|died|dead|deaths?|fatalities|perished)\b/iu;
/** A sentence that reports anyone hurt. */
const INJURY_SAID =
  /\b(?:injur(?:e|ed|es|ing|y|ies)|hurt|wound(?:ed|s)?|hospital(?:s|ised|ized)?|treated|casualt(?:y|ies)|burns?|bruises?)\b/iu;

/**
 * "How many people were injured in the 1987 earthquake?" → "112 people" of "a quake killed 112
 * people": the hurt asked, a sentence that reports only the dead. The mirror of deaths-not-given
 * (ruleTrickMeasure.ts). Fires on 0 of the 4,557 SQuAD gold answers (1 before the sentence had to
 * count the dead: "three ACL tears").
 */
export const injuriesNotGiven = (question: string, sentence: string): boolean =>
  INJURED_ASKED.test(question) && DEATH_SAID.test(sentence) && !INJURY_SAID.test(sentence);

/** A place asked by its kind ("Which cities …", "In what country …"). */
const PLACE_ASKED =
  /^\s*(?:(?:in|at|from|to)\s+)?(?:which|what)\s+(?:\p{Ll}+\s+)?(?:cities|city|towns?|countries|country|villages?|regions?|provinces?|states?|places?)\b/iu;
/** The last word of an organisation's name. */
const BODY_WORD =
  /\b(?:League|Party|Company|Corporation|Inc|Ltd|Group|Association|Council|Ministry|Agency|Court|Committee|Commission|Foundation|Institute|Bank|Federation|Society|Alliance|Club|Partners)\.?$/u;

/**
 * "Which cities are likely to drop similar systems?" → "Digital Rights League": a place asked, an
 * organisation's name given. Not "Union" nor "Front" (the Soviet Union is a country, a front a
 * place: with them it fired on 1 of the 4,557 SQuAD gold answers; now on 0).
 */
export const bodyForPlace = (question: string, answer: string): boolean =>
  PLACE_ASKED.test(question) && BODY_WORD.test(answer.trim());

/**
 * "How old is Brennan?" → "5" of "saved two match points at 4-5 in the third set": a figure of a
 * score or a range ("4-5", "6 to 9") is no age. Fires on 0 of the 4,557 SQuAD gold answers.
 */
export function ageFromScore(question: string, answer: string, sentence: string): boolean {
  if (!/^\s*how old\b/iu.test(question) || !/^\s*\d{1,3}\s*$/u.test(answer)) return false;
  const figure = answer.trim();
  const around = new RegExp(String.raw`\d\s*[-–]\s*${figure}(?!\d)|(?<!\d)${figure}\s*[-–]\s*\d`, 'u');
  return (
    around.test(sentence) && !new RegExp(String.raw`(?<![\d\-–])${figure}(?![\d\-–])`, 'u').test(sentence)
  );
}

/** A person's role or title by its place: "the provincial capital, Lumera", "the town, Saro". */
const PLACE_APPOSITIVE =
  /\b(?:city|town|village|province|region|county|district|country|island|port|capital|municipality|suburb)\s*,\s*$/iu;

/**
 * "Who heads the National Seismology Centre?" → "Lumera" of "north-east of the provincial
 * capital, Lumera, according to the National Seismology Centre": the answer is the name a place
 * noun stands in apposition to — a place, not a person. Fires on 0 of the 4,557 SQuAD gold answers.
 */
export function placeByApposition(question: string, answer: string, sentence: string): boolean {
  if (!/^\s*(?:who|whom)\b/iu.test(question) || answer.length === 0) return false;
  const at = sentence.indexOf(answer);
  return at > 0 && PLACE_APPOSITIVE.test(sentence.slice(Math.max(0, at - 40), at));
}

/** A past result asked: who won, what did X beat, which team lost. */
const RESULT_ASKED =
  /^\s*(?:who|whom|which\s+\p{L}+|what\s+\p{L}+)\s+(?:won|lost|beat|defeated|scored|finished|triumphed|prevailed)\b|\b(?:did|was|were)\b[^?]*\b(?:win|lose|beat|defeat|score|finish|won|lost|beaten|defeated)\b/iu;
/** A sentence that puts the event in the future: "will be played on Sunday", "is due to meet". */
const EVENT_AHEAD =
  /\b(?:will|(?:is|are)\s+(?:due|scheduled|set|expected)\s+to)\s+(?:be\s+)?(?:played|held|staged|contested|decided|run|take\s+place|meet|play|face|race|compete)\b/iu;
/** A sentence that reports a result all the same ("beat …, and will play …"). */
const RESULT_SAID =
  /\b(?:won|wins|lost|beat|beaten|defeated|scored|finished|triumphed|prevailed|victory|champion)\b/iu;

/**
 * "Who won the men's final?" → "Luca Ferri and Samuel Adeyemi" of "The men's final between Luca
 * Ferri and Samuel Adeyemi will be played on Sunday": a result asked of an event the sentence puts
 * ahead, with no result in it. Fires on 0 of the 4,557 SQuAD gold answers.
 */
export const resultOfEventAhead = (question: string, sentence: string): boolean =>
  RESULT_ASKED.test(question) && EVENT_AHEAD.test(sentence) && !RESULT_SAID.test(sentence);

/** "What is the name of the Crown Princess?": the role whose holder's name is asked. */
const NAME_OF_ROLE = /^\s*what(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+the\s+names?\s+of\s+(.+?)\s*\??\s*$/iu;

/**
 * "What is the name of the Crown Princess?" → "Norway's Crown Princess": a name asked, and the
 * answer is the role again with only its owner before it ("Norway's") — no name given. A person's
 * role only (a role word of lexicon.ts): fires on 0 of the 4,557 SQuAD gold answers.
 */
export function roleForName(question: string, answer: string): boolean {
  const role = NAME_OF_ROLE.exec(question)?.[1];
  // A person's role only: "Levi's Stadium" is the name of a stadium (it fired on 3 SQuAD gold answers).
  const head = role?.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  if (!role || !ROLE_WORDS.has(head)) return false;
  const asked = new Set(termsOf(role));
  // The owner before the role ("Norway's", "the agency's") and determiners say no name.
  const rest = tokenize(answer.replace(/[\p{L}.-]+['’]s?(?=\s|$)/gu, ' ')).filter(
    (w) => !/^(?:the|a|an|its|their|his|her)$/iu.test(w),
  );
  return rest.length > 0 && rest.every((w) => asked.has(normalizeTerm(w) ?? ''));
}

/** A year in a question: 1500–2099 standing alone (not "1,500", "$2000", "2000s" or "2024.5"). */
const QUESTION_YEAR = /(?<![\d,.$€£])\b(1[5-9]\d\d|20\d\d)\b(?![\d,.%])/gu;

/**
 * "When did the blaze start in 2019?" over a story that never writes 2019: a year the question
 * holds and the story does not is about something else. Checked over the whole story (title
 * included), so a year from another paragraph stands. On the 13 SQuAD dev articles it fires on 2 of
 * the 4,557 questions ("1646 through 1647" over "1646–47"; a painting's year the article omits)
 * and catches 24 of the 754 hand-written tricks and 6 of the 165 news training tricks.
 */
export function yearNotInStory(question: string, storyTexts: readonly string[]): boolean {
  const years = [...question.matchAll(QUESTION_YEAR)].map((m) => m[1]!);
  return years.some((year) => {
    const written = new RegExp(String.raw`(?<!\d)${year}(?!\d)`, 'u');
    return !storyTexts.some((text) => written.test(text));
  });
}

/** Little words that may stand inside a name ("Institution of Structural Engineers"); not "and". */
const NAME_JOINER = /^(?:of|for|de|la|du|von|van)$/u;
/** The kind of body or place a name's last word says it is ("Leeford College", "Royal Society"). */
const BODY_HEAD =
  /^(?:college|university|school|institute|institution|society|hospital|court|council|church|museum|agency|board|bank|party|union|fund|foundation|association|club|stadium|street|bridge|river|lake|trust|committee|commission|ministry|department|academy|centre|center|festival|station|airport|park|square|hall|theatre|theater|library|prison|company|group)$/iu;
const CAPITALISED = /^\p{Lu}[\p{L}\p{N}'’.-]*$/u;

/** The names of two words or more a question writes ("Leeford College", "Royal Society of Arts"). */
function namesIn(question: string): string[] {
  const words = question
    .replace(/[?!.,;:"“”()]/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean);
  // A question in title case or capitals has no telling capitals.
  if (words.filter((w) => CAPITALISED.test(w)).length * 2 > words.length) return [];
  const names: string[] = [];
  let run: string[] = [];
  const close = () => {
    while (run.length > 0 && NAME_JOINER.test(run.at(-1)!)) run.pop();
    if (run.filter((w) => CAPITALISED.test(w)).length >= 2) names.push(run.join(' '));
    run = [];
  };
  words.forEach((word, i) => {
    const bare = word.replace(/['’]s$/u, '');
    if (i > 0 && CAPITALISED.test(bare)) run.push(bare);
    else if (run.length > 0 && NAME_JOINER.test(word)) run.push(word);
    else close();
    if (bare !== word) close();
  });
  close();
  return names;
}

const folded = (text: string) => text.replace(/[’]/gu, "'").replace(/\s+/gu, ' ').toLowerCase();

/**
 * "When did she stop teaching at Leeford College?" over a story of a woman born in Leeford who
 * taught at Harlow College: a name of two words or more that the question writes and the story
 * never does (in any case) is another body than the one the story speaks of, though its words are
 * there one by one. Checked over the whole story, title included; only a name whose last word says
 * what kind of body or place it is (BODY_HEAD). Fires on 0 of the 4,557 SQuAD gold answers (any name
 * of two capitalised words fired on 165: "ITT and ABC", "Ghengis Khan"; with "Award", "Prize" and
 * "Cup" among the heads on 1: "Grammy Award" for "Grammy winner"), catches 2 of the 983 hand-written
 * tricks on the 13 articles.
 */
export function nameNotInStory(question: string, storyTexts: readonly string[]): boolean {
  const names = namesIn(question).filter((name) => BODY_HEAD.test(name.split(' ').at(-1)!));
  if (names.length === 0) return false;
  const story = storyTexts.map(folded);
  const said = (phrase: string) => story.some((text) => text.includes(folded(phrase)));
  // Its words are each in the story ("Leeford", "College"), but not together.
  return names.some((name) => !said(name) && name.split(' ').every((word) => said(word)));
}

/** A body asked by its kind ("Which company …", "What drugmaker …"). */
const BODY_ASKED =
  /^\s*(?:which|what)\s+(?:\p{Ll}+\s+)?(?:company|companies|firm|firms|organi[sz]ations?|agency|agencies|drugmaker|manufacturer|maker|bank|union|party|parties|club|university)\b/iu;
/** A person's title opening the answer. */
const PERSON_TITLE = /^\s*(?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor|Sir|Dame|Lord|Lady)\b\.?\s+\p{Lu}/u;
/** A leader asked: "Who leads …", "Who heads …", "Who chairs …". */
const LEADER_ASKED =
  /^\s*who\s+(?:leads|led|heads|headed|chairs|chaired|coaches|coached|manages|managed)\b/iu;

/**
 * "Which company makes the flu shot?" → "Dr. Ruth Okonjo": a body asked, a titled person given; and
 * "Who leads the Social Democrats?" → "Farmers' Party": a leader asked, a body given. Fire on 0 of
 * the 4,557 SQuAD gold answers.
 */
export const kindOfDoerSwapped = (question: string, answer: string): boolean =>
  (BODY_ASKED.test(question) && PERSON_TITLE.test(answer)) ||
  (LEADER_ASKED.test(question) && BODY_WORD.test(answer.trim()));

/** A sentence that opens with a condition: "If the deal falls through, MAIN". */
const CONDITION_FIRST = /^\s*(?:if|unless|should)\b[^,;]{3,160},\s*(.+)$/iu;
/** A question that asks under a condition itself. */
const CONDITION_ASKED = /\b(?:if|unless|should|would|could|in\s+case|were\s+to|otherwise)\b/iu;
const LIGHT_VERB = /^(?:be|is|are|was|were|been|being|have|has|had|do|does|did|get|gets|got)$/iu;

/**
 * "How much is Solvane paying for Mirabel?" → "250 million dollars" of "If the deal falls through,
 * Solvane will pay Mirabel a break fee of 250 million dollars": the question asks as a fact what
 * the sentence says happens only on a condition (the question's verb is the main clause's; the
 * question has no condition). Fires on 0 of the 4,557 SQuAD gold answers.
 */
export function conditionalForFact(question: string, sentence: string): boolean {
  const main = CONDITION_FIRST.exec(sentence)?.[1];
  if (!main || CONDITION_ASKED.test(question)) return false;
  const asked = new Set(termsOf(question));
  return tagText(main).tokens.some((t) => {
    if (t.pos !== 'VERB' || LIGHT_VERB.test(t.text)) return false;
    const term = normalizeTerm(t.text);
    return term !== null && asked.has(term);
  });
}
