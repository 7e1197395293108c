/**
 * A time answered for another event than the one asked ("When was the permit closed?" over "two
 * smaller permits … granted in 2019"; "When did the cabin crew strike?" over "would hire about 400
 * cabin crew next summer"; "When was the stadium rebuilt?" over "opened in 1921, is due to be
 * rebuilt next year" → "1921"): SQuAD 2.0's swapped verb. The question's verb names an event of
 * EVENTS, and the time the answer gives hangs on a verb of another. Opposites ("opened" for
 * "closed") are ruleTricks.ts's antonym check.
 *
 * Replayed over the 4,557 squad-1.1-dev-13 questions with their gold answers in their sentences
 * (scripts/eval/trickReplay.ts) the check fires on none (the question's verb beside any other verb
 * the time hangs on, compared by word vectors at 0.55, fired on 9: "destroyed" / "torn down",
 * "play" / "aired"); on the news training stories' 227 real questions on none. It catches 2 of the
 * 754 hand-written tricks. (It fired on none either when it also asked that the sentence say no
 * word of the asked event; a sentence that names it may still date it otherwise.)
 */
import { tagText, type TaggedText, type Token } from '../knowledge/tagger.ts';
import { normalizeTerm } from '../search/terms.ts';
import { escapeRegExp } from './extractSpan.ts';

/** Events a story dates, each with the words that say it (any form; compared as search terms). */
const EVENTS: readonly string[] = [
  'open opened opens opening reopen reopened inaugurate inaugurated unveil unveiled launch launched debut debuted',
  'close closed closes closing closure shut shutdown',
  'found founded establish established create created form formed incorporate incorporated',
  'dissolve dissolved disband disbanded abolish abolished liquidate liquidated',
  'build built construct constructed erect erected',
  'rebuild rebuilt reconstruct reconstructed renovate renovated refurbish refurbished restore restored repair repaired repairs',
  'demolish demolished destroy destroyed tear torn raze razed',
  'born birth',
  'die died dies death dead kill killed',
  'elect elected election appoint appointed nominate nominated choose chose chosen',
  'swear sworn',
  'resign resigned resignation quit retire retired',
  'fire fired dismiss dismissed sack sacked oust ousted',
  'hire hired employ employed recruit recruited',
  'arrest arrested detain detained',
  'release released free freed',
  'charge charged indict indicted',
  'convict convicted',
  'sentence sentenced',
  'grant granted issue issued award awarded approve approved',
  'revoke revoked cancel cancelled canceled withdraw withdrew withdrawn reject rejected',
  'expire expired lapse lapsed',
  'strike struck walkout',
  'sign signed',
  'buy bought acquire acquired acquisition purchase purchased',
  'sell sold sale',
  'publish published',
  'announce announced',
  'marry married wed wedding',
  'divorce divorced',
  'arrive arrived land landed',
  'leave left depart departed',
  'join joined',
  'meet met meeting',
  'discover discovered',
  'invent invented',
  'ban banned prohibit prohibited',
  'vote voted',
  'move moved relocate relocated',
  'attack attacked invade invaded',
];

/** Each event word's search term → the event's index. */
const EVENT_OF: ReadonlyMap<string, number> = new Map(
  EVENTS.flatMap((words, event) =>
    words.split(' ').flatMap((w) => {
      const term = normalizeTerm(w);
      return term ? [[term, event] as const] : [];
    }),
  ),
);

const eventOf = (word: string): number | undefined => {
  const term = normalizeTerm(word);
  return term === null ? undefined : EVENT_OF.get(term);
};

/** How far before the answer the verb its time hangs on may stand ("open 12 new routes next summer"). */
const ATTACH_WINDOW = 5;

/** Tags a clause may hold between a verb and its time ("granted in 2019", "meet union leaders on Monday"). */
const BETWEEN_VERB_AND_TIME = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'ADV', 'PART']);

const WHEN_AUX = /^\s*when\s+(was|were|did|does|do|is|are|will|would|could|can|has|have|had)\b/iu;
const BASE_AUX = /^(?:did|does|do|will|would|could|can)$/iu;

/**
 * The verb of "When was X VERBed?", "When did X VERB?" (the last verb, or a last word the tagger took
 * for a noun or an adjective after "did" or "will": "When did the crew strike?", "When will the
 * bridge close?").
 */
export function whenVerb(question: string): string | undefined {
  const aux = WHEN_AUX.exec(question)?.[1];
  if (!aux) return undefined;
  const tokens = tagText(question).tokens.filter((t) => t.pos !== 'PUNCT');
  const verbs = tokens.filter((t, i) => i > 1 && t.pos === 'VERB');
  const last = tokens[tokens.length - 1];
  const verb =
    verbs[verbs.length - 1] ??
    (BASE_AUX.test(aux) &&
    tokens.length > 3 &&
    (last?.pos === 'NOUN' || eventOf(last?.lower ?? '') !== undefined)
      ? last
      : undefined);
  return verb?.lower;
}

/** The verb a time at `at` (a character offset) hangs on: the nearest verb before it in its clause. */
function verbBefore(tokens: readonly Token[], at: number): Token | undefined {
  const first = tokens.findIndex((t) => t.start >= at);
  if (first < 0) return undefined;
  for (let k = first - 1; k >= Math.max(0, first - ATTACH_WINDOW); k--) {
    const t = tokens[k]!;
    // "would open": the tagger takes a verb after an auxiliary for an adjective at times.
    const afterAux = tokens[k - 1]?.pos === 'AUX' || tokens[k - 1]?.pos === 'PART';
    if (t.pos === 'VERB' || (afterAux && eventOf(t.lower) !== undefined)) return t;
    if (!BETWEEN_VERB_AND_TIME.has(t.pos)) return undefined;
  }
  return undefined;
}

/** How far after a verb its own time may start ("rebuilt next year", "approved on Tuesday"). */
const OWN_TIME_WINDOW = 4;

/**
 * The sentence gives the asked event a time of its own, other than the answer ("is due to be
 * rebuilt next year"); when it names the event without one ("voted … on Tuesday night to approve
 * the budget"), the answer's time may well be its time.
 */
function askedHasOtherTime(tagged: TaggedText, asked: number, at: number): boolean {
  const { tokens, entities } = tagged;
  return tokens.some(
    (t, i) =>
      eventOf(t.lower) === asked &&
      entities.some(
        (e) =>
          (e.type === 'DATE' || e.type === 'TIME') &&
          e.start > i &&
          e.start <= i + OWN_TIME_WINDOW &&
          tokens[e.start]!.start !== at,
      ),
  );
}

/** "When was the permit closed?" → "2019" of "permits … granted in 2019": the time of another event. */
export function timeOfOtherEvent(question: string, answer: string, sentence: string): boolean {
  const verb = whenVerb(question);
  const asked = verb === undefined ? undefined : eventOf(verb);
  const at = sentence.indexOf(answer);
  if (asked === undefined || at < 0) return false;
  const tagged = tagText(sentence);
  const other = verbBefore(tagged.tokens, at);
  const said = other && eventOf(other.lower);
  if (said === undefined || said === asked) return false;
  const namesAsked = tagged.tokens.some((t) => eventOf(t.lower) === asked);
  return !namesAsked || askedHasOtherTime(tagged, asked, at);
}

/** Words that put a sentence's event ahead ("will close", "is due to", "plans to", "next year"). */
const FUTURE =
  /\b(?:will|would|shall|won['’]t|due|expected?|expects|plans?|planned|scheduled|set\s+to|going\s+to|intends?|aims?|next|upcoming|from|until|by|soon|later)\b|['’]ll\b/iu;

/**
 * "When will the bridge close?" → "1994" of "The bridge was last repaired in 1994, when it was closed
 * for six months": the question asks when something will happen, and the sentence only tells what
 * happened. Fires on 0 of the 4,557 SQuAD gold answers and 0 of the 227 news training answers.
 */
export function pastForFuture(question: string, answer: string, sentence: string): boolean {
  if (!/^\s*when\s+(?:will|shall|(?:is|are)\b[^?]*\bgoing\s+to)\b/iu.test(question)) return false;
  return /(?<!\d)(?:1[5-9]|20)\d\d(?!\d)/u.test(answer) && !FUTURE.test(sentence);
}

/**
 * A past question's subject: the noun phrase after "was" / "were" / "did" and its determiner, up to
 * the verb that ends the question ("Where was the assembly held?" → "assembly", "When did the first
 * race start?" → "race").
 */
const PAST_SUBJECT =
  /^\s*(?:where|when|who|whom|what|which|how(?:\s+\p{L}+)?)\b[^?]*?\b(?:was|were|did)\s+(?:the|its|their|this|that)\s+(?:[\p{L}'’-]+\s+){0,2}?([\p{L}-]{3,})\s+(?:held|hosted|staged|played|run|decided|won|take|happen|start|begin|end|meet|open|close|convene)\b/iu;
/** A later one of a kind: "its next congress", "the upcoming summit". */
const LATER_ONE = String.raw`\b(?:next|upcoming|coming|following|future)\s+(?:[\p{L}'’-]+\s+){0,2}?`;

/**
 * "Where was the assembly held?" → "Carvale" of "The union will hold its next assembly in Carvale in
 * October": the question asks about a meeting, match or race that took place, and the sentence
 * names only the next one of its kind, ahead. The story's past one, if it has one, is elsewhere
 * (its lede: "a vote at its annual assembly in Brenna"). Own sets: 1 answer moved from the next
 * meeting's place to the past one's (with answer.ts's otherSureAnswer).
 */
export function laterOneForPast(question: string, sentence: string): boolean {
  const noun = PAST_SUBJECT.exec(question)?.[1];
  if (!noun) return false;
  const later = new RegExp(`${LATER_ONE}${noun}\\b`, 'giu');
  // "When did the upcoming final take place?" asks about that one itself.
  if (later.test(question)) return false;
  const ahead = sentence.match(later)?.length ?? 0;
  return ahead > 0 && ahead === (sentence.match(new RegExp(`\\b${noun}\\b`, 'giu'))?.length ?? 0);
}

/** A verb of reporting, and the words it may take before its day ("told reporters on Friday"). */
const REPORTED = String.raw`\b(?:said|says|announced|confirmed|reported|stated|(?:told|informed)\s+(?:\p{L}+\s+){1,3}?)\s*(?:late\s+|early\s+)?on\s+`;
/** An answer that is a report and its day and nothing else ("said on Wednesday"). */
const SAYING_DAY = new RegExp(`^\\s*${REPORTED}\\p{Lu}\\p{L}+\\s*$`, 'u');
/** A verb of reporting and "on": what every sentence that gives the saying's day holds. */
const REPORTED_ON = new RegExp(REPORTED, 'u');
/** A question about the saying itself: "When did the council announce it?". */
const ASKS_SAYING =
  /\b(?:say|said|says|announce[ds]?|announcing|confirm(?:ed|s)?|report(?:ed|s)?|state[ds]?|tell|told|reveal(?:ed|s)?|make\s+the\s+announcement)\b/iu;

/**
 * "When did the bridge close?" → "Friday" of "The bridge … has been closed to all traffic, the city
 * council said on Friday": the day the story's source spoke, not the day of the thing asked. All 3
 * such answers of the six news probes were wrong (the cubs' birth, the bridge's closing, a why
 * answered with the day). The story's own day of the thing, if it gives one, is elsewhere (answer.ts
 * looks at the next sure paragraph). Fires on 0 of the 4,557 SQuAD gold answers.
 */
export function timeOfSaying(question: string, answer: string, sentence: string): boolean {
  if (ASKS_SAYING.test(question)) return false;
  // "said on Wednesday" as a whole is the saying's day too.
  if (SAYING_DAY.test(answer)) return true;
  const day = answer.replace(/^(?:on|by)\s+/iu, '').trim();
  // The pattern of this answer's day is made only for a sentence that reports "… said on": making
  // it for every answer checked was a twentieth of answering at 100k paragraphs (docs/performance.md).
  if (day === '' || !REPORTED_ON.test(sentence)) return false;
  return new RegExp(`${REPORTED}${escapeRegExp(day)}(?![\\p{L}\\p{N}])`, 'u').test(sentence);
}
