/**
 * Trick checks from the six-story news probe of issue 8 (a wildfire, a layoff, a museum theft, a
 * vaccine rollout, a launch delay, a mayor charged; 2026-12-01 night): an age answered by a stretch
 * of time that is not one, a count of deaths answered from a sentence that reports none, and the
 * owner of a role answered for its holder. Each replayed over the 4,557 SQuAD gold answers in their
 * sentences (`npx tsx scripts/eval/trickReplay.ts`); the counts stand beside each.
 */
import { NON_NAME_WORDS, ROLE_WORDS } from '../knowledge/lexicon.ts';
import { normalizeTerm, termsOf, tokenize } from '../search/terms.ts';
import { escapeRegExp, MONTH, WEEKDAY } from './extractSpan.ts';

/** What follows a stretch of time that makes it no one's age: "five years in prison", "two years later". */
const NOT_AN_AGE =
  /^\s*(?:in\s+(?:prison|jail|office|power|custody)|behind\s+bars|later|earlier|before|after|into|until|away)\b/iu;
const STRETCH = /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))\s*$/iu;

/**
 * "How old is Ashdown?" → "five years" of "faces up to five years in prison", "How old was he?" →
 * "two years" of "came two years later": a stretch of time the sentence spends on something else
 * (a sentence, a delay), not an age. "80 years" of "built 80 years ago" still answers how old a
 * bridge is. Fires on 0 of the 4,557 SQuAD gold answers.
 */
export function durationForAge(question: string, answer: string, sentence: string): boolean {
  if (!/^\s*how old\b/iu.test(question)) return false;
  // "four-year doping ban", "a five-year contract": a stretch of time made a word of what it measures.
  if (STRETCH_COMPOUND.test(answer)) return true;
  const [, stretch, after] = /^(.*?)(\s+(?:later|earlier|before|after))?\s*$/iu.exec(answer)!;
  if (!STRETCH.test(stretch!)) return false;
  if (after) return true;
  const at = sentence.indexOf(answer);
  return (
    at >= 0 && (NOT_AN_AGE.test(sentence.slice(at + answer.length)) || SPENT_ON.test(sentence.slice(0, at)))
  );
}

/** "four-year doping", "10-month suspension": a stretch of time joined to the noun it measures. */
const STRETCH_COMPOUND =
  /^\s*(?:an?\s+|the\s+)?[\p{L}\d]+-(?:second|minute|hour|day|week|month|year|decade|century)(?!-old)\s+\p{L}/iu;
/** "has flown for the airline for 22 years", "over 30 years": time spent on something, no age. */
const SPENT_ON =
  /\b(?:for|over|during|within|throughout)\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|some\s+)?$/iu;

/** An age in an answer: "34-year-old engineer", "aged 34". */
const AGE_GIVEN = /\b[\p{L}\d]+-year-old\b|\baged\s+\d/iu;

/**
 * "How long has Kallas flown for the airline?" → "34-year-old engineer": a stretch of time asked,
 * a person's age answered. An age says how long someone has lived, never how long anything lasted
 * Fires on 0 of the 4,557 SQuAD gold answers (trickReplay.ts), nor does durationForAge's wider reach.
 */
export const ageForDuration = (question: string, answer: string): boolean =>
  /^\s*how\s+long\b/iu.test(question) && AGE_GIVEN.test(answer);

/** A question that counts the dead. */
const DEATHS_ASKED =
  /^\s*how many\b.*\b(?:killed|died|dead|deaths?|perished|lost\s+their\s+lives|fatalities|drowned|murdered)\b/iu;
/**
 * A sentence that reports a death (or that none died: then the count is its own answer). "Lost" only
 * "at sea" (or "their lives"): "lost in a blizzard … rescued" is no death (sixth news probe);
 * trickReplay fires on the SQuAD gold answers unchanged (112 of 4,557).
 */
const DEATH_SAID =
  /\b(?:kill(?:s|ed|ing)?|die[ds]?|dying|dead|deaths?|deadly|fatal(?:ly|ities|ity)?|perish(?:ed)?|lives|life|drown(?:ed)?|murder(?:ed|s)?|slain|toll|victims?|bodies|body|casualt(?:y|ies)|massacre[ds]?|executed|lost at sea)\b/iu;

/**
 * "How many firefighters were killed?" → "One firefighter" of "One firefighter was taken to
 * hospital with burns": a count of the dead asked, a sentence that reports no death at all (it
 * counts the hurt, the sent, the saved). Fires on 0 of the 4,557 SQuAD gold answers.
 */
export const deathsNotGiven = (question: string, sentence: string): boolean =>
  DEATHS_ASKED.test(question) && !DEATH_SAID.test(sentence);

/** Kin share a name with the person they are kin to ("Who was Tesla's father?" → "Milutin Tesla"). */
const KIN =
  /^(?:father|mother|son|daughter|wife|husband|brother|sister|uncle|aunt|cousin|parents?|family|children|child|grandfather|grandmother|grandson|granddaughter|nephew|niece|widow|heir|dynasty|successor|predecessor)s?$/iu;
/** "Who is Lena Hoyt's lawyer?": the capitalised owner and the noun it owns, all the question asks. */
const OWNER_AND_ROLE =
  /^\s*[Ww]hom?\s+(?:is|was|are|were|will\s+be)\s+((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*)['’]s?\s+(\p{L}+)\s*\??\s*$/u;

/**
 * "Who is Lena Hoyt's lawyer?" → "Deputy Mayor Lena Hoyt": the answer is the owner the question
 * names, not the holder of the role it asks about (kin excepted: they share the owner's name).
 * Fires on 0 of the 4,557 SQuAD gold answers.
 */
export function ownerForRole(question: string, answer: string): boolean {
  const match = OWNER_AND_ROLE.exec(question);
  if (!match || KIN.test(match[2]!)) return false;
  const owner = termsOf(match[1]!);
  const said = new Set(termsOf(answer));
  return owner.length > 0 && owner.every((t) => said.has(t)) && tokenize(answer).length > 0;
}

/** A place the question puts the thing in: "in Tarrow", "at Kestrel Bay", "from Velland". */
const PLACE_ASKED = /\b(?:in|at|from)\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)/gu;
/** A place the sentence puts it in. */
const PLACE_SAID = /\b(?:in|at|from)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*)/gu;

/**
 * "How many engineers work in Tarrow?" → "600 engineers" of "… based in Toronto and employs 600
 * engineers": the question's place is nowhere in the answer's paragraph, which puts the thing in
 * another named place, while the story names the question's place elsewhere (so it is no typo nor
 * paraphrase: "Hollwood", "NYC") and not in its title (the story's setting: "in Newcastle").
 * SQuAD 2.0's swapped entity. Months and weekdays are no places. Fires on 0 of the 4,557 SQuAD
 * gold answers in their paragraphs.
 */
export function placeSwapped(
  question: string,
  sentence: string,
  where: { paragraph: string; story: readonly string[]; title: string },
): boolean {
  const asked = [...placesAsked(question, where.story)]
    .map((place) => termsOf(place))
    .filter((t) => t.length > 0);
  if (asked.length === 0) return false;
  const inParagraph = new Set([...termsOf(where.paragraph), ...termsOf(where.title)]);
  if (asked.some((terms) => terms.some((t) => inParagraph.has(t)))) return false;
  const inStory = new Set(where.story.flatMap((text) => termsOf(text)));
  if (!asked.every((terms) => terms.every((t) => inStory.has(t)))) return false;
  return [...sentence.matchAll(PLACE_SAID)].some((m) => isPlaceLike(m[1]!));
}

/** "at tallinder": a lower-case word after in, at or from, as people type a place's name. */
const LOWER_PLACE_ASKED = /\b(?:in|at|from)\s+(\p{Ll}[\p{Ll}'’-]{2,})\b/gu;

/**
 * The places a question names: capitalised after in, at or from ("in Tarrow"), or typed in lower
 * case ("at tallinder") when the story writes that word capitalised inside a sentence (a name of
 * the story, not a common word) and it is no month, weekday or other word that is never a name.
 */
function placesAsked(question: string, story: readonly string[]): Set<string> {
  const places = new Set([...question.matchAll(PLACE_ASKED)].map((m) => m[1]!));
  for (const [, word] of question.matchAll(LOWER_PLACE_ASKED)) {
    if (NON_NAME_WORDS.has(word!) || ROLE_WORDS.has(word!)) continue;
    const cased = word![0]!.toUpperCase() + word!.slice(1);
    const named = new RegExp(String.raw`(?<=\p{L}[,;:]?\s)${escapeRegExp(cased)}\b`, 'u');
    if (!story.some((text) => named.test(text))) continue;
    // Lower case in the story too ("in time", "from home"): a common word, whatever else capitalises it.
    const common = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(word!)}\b`, 'u');
    if (!story.some((text) => common.test(text))) places.add(cased);
  }
  return places;
}

const NOT_A_PLACE = new RegExp(String.raw`^(?:${MONTH}|${WEEKDAY})$`, 'u');
const isPlaceLike = (name: string): boolean => {
  const first = name.split(/\s+/u)[0]!;
  return (
    !NOT_A_PLACE.test(first) &&
    !NON_NAME_WORDS.has(first.toLowerCase()) &&
    !ROLE_WORDS.has(first.toLowerCase())
  );
};

/** "How many hectares of almonds …": the unit and the thing it measures, up to the verb's helper. */
const UNIT_OF_THING =
  /^\s*how\s+(?:much|many)\s+(\p{L}+)\s+of\s+((?:(?!(?:does|do|did|is|are|was|were|has|have|had|will|would|can|could)\b)\p{L}+\s+){1,3})(?:does|do|did|is|are|was|were|has|have|had|will|would|can|could)\b/iu;
/** What a figure measures, written right after it: "60 hectares of olives". */
const OF_THING = /^\s+of\s+(?:the\s+|its\s+|their\s+)?\p{L}/u;

/**
 * "How many hectares of almonds does Fenech farm?" → "60 hectares" of "… farms 60 hectares of
 * olives": the question measures one thing in a unit, the sentence measures another in that unit,
 * and the thing asked is nowhere in the sentence. SQuAD 2.0's swapped entity. Fires on 0 of the
 * 4,557 SQuAD gold answers and on 1 of the 983 hand-written tricks' plausible answers (trickReplay.ts).
 */
export function measuredThingSwapped(question: string, answer: string, sentence: string): boolean {
  const match = UNIT_OF_THING.exec(question);
  if (!match) return false;
  const unit = normalizeTerm(match[1]!);
  const thing = termsOf(match[2]!);
  if (unit === null || thing.length === 0 || !termsOf(answer).includes(unit)) return false;
  const at = sentence.indexOf(answer);
  const measures = answer.includes(' of ') || (at >= 0 && OF_THING.test(sentence.slice(at + answer.length)));
  if (!measures) return false;
  const said = new Set(termsOf(sentence));
  return thing.every((term) => !said.has(term));
}
